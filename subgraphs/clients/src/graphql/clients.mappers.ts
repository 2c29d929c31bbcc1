/** Parent shapes of the clients schema: the rows the stores return, resolved field by field. */
export type {
  Client as ClientMapper,
  ClientRelationship as ClientRelationshipMapper,
  Family as FamilyMapper,
  Guardianship as GuardianshipMapper,
  ServicePlan as ServicePlanMapper,
} from "../data/prisma/client";
import type { Agreement, Client, Concern, FamilyMember, PlanChange, PlanReview } from "../data/prisma/client";
import type { PlanPart } from "./planAccess";
import type { DeadlineRule } from "../domain/deadlineRules";

/** The client row plus whether its contact details may be shown to this viewer (decided by the resolver). */
export type ClientContactMapper = Pick<
  Client,
  "streetAddress" | "postalCode" | "postOffice" | "municipalityCode" | "phone" | "email"
>;

/**
 * A concern row; `noticeRaisedBy` is set only on a child welfare notice as `raiseConcern` answers it to
 * the professional who raised it, whom `@clientData` then decides for `notify` (never stored).
 */
export type ConcernMapper = Concern & { noticeRaisedBy?: string };

/** A plan's parts carry the plan's subject (its client or family) for `@clientData`. */
export type AgreementMapper = PlanPart<Agreement>;
export type PlanReviewMapper = PlanPart<PlanReview>;
export type PlanChangeMapper = PlanPart<PlanChange>;

export type FamilyMemberMapper = FamilyMember;
export type FamilyMembershipMapper = FamilyMember;
/** A concern's raiser, reaction and closure are read off its row (subject and notice rule included). */
export type ConcernRaiserMapper = ConcernMapper;
export type ConcernReactionMapper = ConcernMapper;
export type ConcernClosureMapper = ConcernMapper;
/** A child welfare notice, as its raiser may see it: the concern row, resolved to a few fields. */
export type ChildWelfareNoticeReceiptMapper = ConcernMapper;
export type DeadlineRuleMapper = DeadlineRule;
/** A duplicate registration is the duplicate's own row (its `duplicateOfId` names the client on record). */
export type DuplicateRegistrationMapper = Client;
/** A merge done: the client on record's row, and the duplicate's id. */
export interface MergeDuplicateRegistrationPayloadMapper {
  client: Client;
  mergedClientId: string;
}

/** Either a professional or a family member (client) is responsible. */
export interface ResponsiblePartyMapper {
  responsibleProfessionalId: string | null;
  responsibleClientId: string | null;
}

/** Organisations, professionals and teams are known here only by id; the teams subgraph resolves the rest. */
export interface OrganizationMapper {
  id: string;
}
export interface ProfessionalMapper {
  id: string;
}
export interface TeamMapper {
  id: string;
}
