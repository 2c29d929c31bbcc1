/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { client as Query_client } from "./resolvers/Query/client";
import { clients as Query_clients } from "./resolvers/Query/clients";
import { concern as Query_concern } from "./resolvers/Query/concern";
import { concernsDueSoon as Query_concernsDueSoon } from "./resolvers/Query/concernsDueSoon";
import { deadlineRules as Query_deadlineRules } from "./resolvers/Query/deadlineRules";
import { duplicateRegistrations as Query_duplicateRegistrations } from "./resolvers/Query/duplicateRegistrations";
import { family as Query_family } from "./resolvers/Query/family";
import { myChildWelfareNotices as Query_myChildWelfareNotices } from "./resolvers/Query/myChildWelfareNotices";
import { overdueConcerns as Query_overdueConcerns } from "./resolvers/Query/overdueConcerns";
import { servicePlan as Query_servicePlan } from "./resolvers/Query/servicePlan";
import { addAgreement as Mutation_addAgreement } from "./resolvers/Mutation/addAgreement";
import { addFamilyMember as Mutation_addFamilyMember } from "./resolvers/Mutation/addFamilyMember";
import { addGuardian as Mutation_addGuardian } from "./resolvers/Mutation/addGuardian";
import { closeConcern as Mutation_closeConcern } from "./resolvers/Mutation/closeConcern";
import { createClient as Mutation_createClient } from "./resolvers/Mutation/createClient";
import { createFamily as Mutation_createFamily } from "./resolvers/Mutation/createFamily";
import { createServicePlan as Mutation_createServicePlan } from "./resolvers/Mutation/createServicePlan";
import { endClientRelationship as Mutation_endClientRelationship } from "./resolvers/Mutation/endClientRelationship";
import { mergeDuplicateRegistration as Mutation_mergeDuplicateRegistration } from "./resolvers/Mutation/mergeDuplicateRegistration";
import { raiseConcern as Mutation_raiseConcern } from "./resolvers/Mutation/raiseConcern";
import { reactToConcern as Mutation_reactToConcern } from "./resolvers/Mutation/reactToConcern";
import { recordPlanReview as Mutation_recordPlanReview } from "./resolvers/Mutation/recordPlanReview";
import { removeFamilyMember as Mutation_removeFamilyMember } from "./resolvers/Mutation/removeFamilyMember";
import { removeGuardian as Mutation_removeGuardian } from "./resolvers/Mutation/removeGuardian";
import { setAgreementStatus as Mutation_setAgreementStatus } from "./resolvers/Mutation/setAgreementStatus";
import { startClientRelationship as Mutation_startClientRelationship } from "./resolvers/Mutation/startClientRelationship";
import { updateClient as Mutation_updateClient } from "./resolvers/Mutation/updateClient";
import { updateServicePlanGoals as Mutation_updateServicePlanGoals } from "./resolvers/Mutation/updateServicePlanGoals";
import { Agreement } from "./resolvers/Agreement";
import { ChildWelfareNoticeReceipt } from "./resolvers/ChildWelfareNoticeReceipt";
import { Client } from "./resolvers/Client";
import { ClientConnection } from "./resolvers/ClientConnection";
import { ClientContact } from "./resolvers/ClientContact";
import { ClientEdge } from "./resolvers/ClientEdge";
import { ClientPageInfo } from "./resolvers/ClientPageInfo";
import { ClientRelationship } from "./resolvers/ClientRelationship";
import { Concern } from "./resolvers/Concern";
import { ConcernClosure } from "./resolvers/ConcernClosure";
import { ConcernRaiser } from "./resolvers/ConcernRaiser";
import { ConcernReaction } from "./resolvers/ConcernReaction";
import { CreateClientPayload } from "./resolvers/CreateClientPayload";
import { DeadlineRule } from "./resolvers/DeadlineRule";
import { DuplicateRegistration } from "./resolvers/DuplicateRegistration";
import { Family } from "./resolvers/Family";
import { FamilyMember } from "./resolvers/FamilyMember";
import { FamilyMembership } from "./resolvers/FamilyMembership";
import { Guardianship } from "./resolvers/Guardianship";
import { MergeDuplicateRegistrationPayload } from "./resolvers/MergeDuplicateRegistrationPayload";
import { Organization } from "./resolvers/Organization";
import { PlanChange } from "./resolvers/PlanChange";
import { PlanReview } from "./resolvers/PlanReview";
import { Professional } from "./resolvers/Professional";
import { ResponsibleParty } from "./resolvers/ResponsibleParty";
import { ServicePlan } from "./resolvers/ServicePlan";
import { Team } from "./resolvers/Team";
import { DateScalar, DateTimeScalar } from "@silta/kernel";
export const resolvers: Resolvers = {
  Query: {
    client: Query_client,
    clients: Query_clients,
    concern: Query_concern,
    concernsDueSoon: Query_concernsDueSoon,
    deadlineRules: Query_deadlineRules,
    duplicateRegistrations: Query_duplicateRegistrations,
    family: Query_family,
    myChildWelfareNotices: Query_myChildWelfareNotices,
    overdueConcerns: Query_overdueConcerns,
    servicePlan: Query_servicePlan,
  },
  Mutation: {
    addAgreement: Mutation_addAgreement,
    addFamilyMember: Mutation_addFamilyMember,
    addGuardian: Mutation_addGuardian,
    closeConcern: Mutation_closeConcern,
    createClient: Mutation_createClient,
    createFamily: Mutation_createFamily,
    createServicePlan: Mutation_createServicePlan,
    endClientRelationship: Mutation_endClientRelationship,
    mergeDuplicateRegistration: Mutation_mergeDuplicateRegistration,
    raiseConcern: Mutation_raiseConcern,
    reactToConcern: Mutation_reactToConcern,
    recordPlanReview: Mutation_recordPlanReview,
    removeFamilyMember: Mutation_removeFamilyMember,
    removeGuardian: Mutation_removeGuardian,
    setAgreementStatus: Mutation_setAgreementStatus,
    startClientRelationship: Mutation_startClientRelationship,
    updateClient: Mutation_updateClient,
    updateServicePlanGoals: Mutation_updateServicePlanGoals,
  },

  Agreement: Agreement,
  ChildWelfareNoticeReceipt: ChildWelfareNoticeReceipt,
  Client: Client,
  ClientConnection: ClientConnection,
  ClientContact: ClientContact,
  ClientEdge: ClientEdge,
  ClientPageInfo: ClientPageInfo,
  ClientRelationship: ClientRelationship,
  Concern: Concern,
  ConcernClosure: ConcernClosure,
  ConcernRaiser: ConcernRaiser,
  ConcernReaction: ConcernReaction,
  CreateClientPayload: CreateClientPayload,
  DeadlineRule: DeadlineRule,
  DuplicateRegistration: DuplicateRegistration,
  Family: Family,
  FamilyMember: FamilyMember,
  FamilyMembership: FamilyMembership,
  Guardianship: Guardianship,
  MergeDuplicateRegistrationPayload: MergeDuplicateRegistrationPayload,
  Organization: Organization,
  PlanChange: PlanChange,
  PlanReview: PlanReview,
  Professional: Professional,
  ResponsibleParty: ResponsibleParty,
  ServicePlan: ServicePlan,
  Team: Team,
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
