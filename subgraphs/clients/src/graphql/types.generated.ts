import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import {
  AgreementMapper,
  ChildWelfareNoticeReceiptMapper,
  ClientMapper,
  ClientContactMapper,
  ClientRelationshipMapper,
  ConcernMapper,
  ConcernClosureMapper,
  ConcernRaiserMapper,
  ConcernReactionMapper,
  DeadlineRuleMapper,
  FamilyMapper,
  FamilyMemberMapper,
  FamilyMembershipMapper,
  GuardianshipMapper,
  OrganizationMapper,
  PlanChangeMapper,
  PlanReviewMapper,
  ProfessionalMapper,
  ResponsiblePartyMapper,
  ServicePlanMapper,
  TeamMapper,
} from "./clients.mappers";
import { ClientsContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, ISO 8601 (`2026-11-23`). */
  Date: { input: Date | string; output: Date | string };
  /** A point in time, ISO 8601 with time zone (`2026-11-23T09:30:00.000Z`). */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

export type AddAgreementInput = {
  concern: Scalars["String"]["input"];
  dueOn: Scalars["Date"]["input"];
  followUp: Scalars["String"]["input"];
  id?: InputMaybe<Scalars["ID"]["input"]>;
  ifNotDone: Scalars["String"]["input"];
  nextAction: Scalars["String"]["input"];
  planId: Scalars["ID"]["input"];
  responsible: ResponsiblePartyInput;
};

export type AddFamilyMemberInput = {
  clientId: Scalars["ID"]["input"];
  familyId: Scalars["ID"]["input"];
  relation: FamilyRelation;
};

export type AddGuardianInput = {
  childClientId: Scalars["ID"]["input"];
  guardianClientId: Scalars["ID"]["input"];
  since: Scalars["Date"]["input"];
  until?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * An agreement of the plan: what the concern is, what happens next, who is responsible, and what
 * follows if it does not happen.
 */
export type Agreement = {
  __typename?: "Agreement";
  /** (a) What the concern is. */
  concern: Scalars["String"]["output"];
  dueOn: Scalars["Date"]["output"];
  /** How it is followed up. */
  followUp: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  /** (d) What follows if it does not happen. */
  ifNotDone: Scalars["String"]["output"];
  /** True while open and past its due date (computed for today). */
  isOverdue: Scalars["Boolean"]["output"];
  /** (b) The next action. */
  nextAction: Scalars["String"]["output"];
  /** (c) Who is responsible: a professional or a family member. */
  responsible: ResponsibleParty;
  status: AgreementStatus;
};

export type AgreementStatus = "CHANGED" | "DONE" | "NOT_DONE" | "OPEN";

/**
 * What the raiser of a child welfare notice may know of it: what they raised and whether child
 * protection has acknowledged it, nothing of the child's other data.
 */
export type ChildWelfareNoticeReceipt = {
  __typename?: "ChildWelfareNoticeReceipt";
  /** True once child protection has reacted to the notice (or closed it). */
  acknowledged: Scalars["Boolean"]["output"];
  /** The child the notice is about (their id only; the raiser's other access decides the rest). */
  clientId: Scalars["ID"]["output"];
  description: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  raisedAt: Scalars["DateTime"]["output"];
  raisedOn: Scalars["Date"]["output"];
};

/**
 * A client of the county's family, social or disability services (asiakas). Owned by the clients
 * subgraph; the other subgraphs add the client's team, consents and FIT measurements. Every field is
 * checked and logged by data category: names, birth date, language, identity code and relationships
 * are `basic`; contact details `contact`; concerns `concerns`; the plan `service_plan`. A field the
 * viewer may not see is null with `FORBIDDEN` at its path, so every field but `id` is nullable: a
 * denial never takes the client, its other subgraphs' fields or the rest of the response with it.
 */
export type Client = {
  __typename?: "Client";
  /** Derived from the identity code when the client has one. */
  birthDate: Maybe<Scalars["Date"]["output"]>;
  /** Concerns (huoli) raised about this client, newest first (category `concerns`). */
  concerns: Maybe<Array<Concern>>;
  /**
   * Address, municipality, phone and email (category `contact`). Null for a client under a
   * non-disclosure order, unless the viewer is the client's responsible worker.
   */
  contact: Maybe<ClientContact>;
  /** The organisation that is the controller (rekisterinpitäjä) of the client record. */
  controllerOrganization: Maybe<Organization>;
  /** The families (perhe) the client belongs to, with their relation in each. */
  families: Maybe<Array<FamilyMembership>>;
  firstName: Maybe<Scalars["String"]["output"]>;
  /** The client's current guardians (huoltaja). */
  guardians: Maybe<Array<Guardianship>>;
  /** True when the client has a personal identity code (henkilötunnus) on record. */
  hasIdentityCode: Maybe<Scalars["Boolean"]["output"]>;
  /**
   * Non-disclosure order (turvakielto): address and municipality are shown to nobody but the client's
   * own responsible worker.
   */
  hasNonDisclosureOrder: Maybe<Scalars["Boolean"]["output"]>;
  id: Scalars["ID"]["output"];
  /**
   * The personal identity code (henkilötunnus), masked by default (`131052-****`). `unmasked: true`
   * shows it in full; that is logged as its own access. Null when the client has none.
   */
  identityCode: Maybe<Scalars["String"]["output"]>;
  /** ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`. */
  language: Maybe<Scalars["String"]["output"]>;
  lastName: Maybe<Scalars["String"]["output"]>;
  /** Client relationships (asiakassuhde): which organisation serves the client in which service task. */
  relationships: Maybe<Array<ClientRelationship>>;
  /** The client's own shared service plan (category `service_plan`), or null when there is none. */
  servicePlan: Maybe<ServicePlan>;
  /** An organisation-issued temporary identifier, for a person without an identity code. */
  temporaryIdentifier: Maybe<Scalars["String"]["output"]>;
};

/**
 * A client of the county's family, social or disability services (asiakas). Owned by the clients
 * subgraph; the other subgraphs add the client's team, consents and FIT measurements. Every field is
 * checked and logged by data category: names, birth date, language, identity code and relationships
 * are `basic`; contact details `contact`; concerns `concerns`; the plan `service_plan`. A field the
 * viewer may not see is null with `FORBIDDEN` at its path, so every field but `id` is nullable: a
 * denial never takes the client, its other subgraphs' fields or the rest of the response with it.
 */
export type ClientconcernsArgs = {
  status?: InputMaybe<Array<ConcernStatus>>;
};

/**
 * A client of the county's family, social or disability services (asiakas). Owned by the clients
 * subgraph; the other subgraphs add the client's team, consents and FIT measurements. Every field is
 * checked and logged by data category: names, birth date, language, identity code and relationships
 * are `basic`; contact details `contact`; concerns `concerns`; the plan `service_plan`. A field the
 * viewer may not see is null with `FORBIDDEN` at its path, so every field but `id` is nullable: a
 * denial never takes the client, its other subgraphs' fields or the rest of the response with it.
 */
export type ClientidentityCodeArgs = {
  unmasked?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/**
 * A client of the county's family, social or disability services (asiakas). Owned by the clients
 * subgraph; the other subgraphs add the client's team, consents and FIT measurements. Every field is
 * checked and logged by data category: names, birth date, language, identity code and relationships
 * are `basic`; contact details `contact`; concerns `concerns`; the plan `service_plan`. A field the
 * viewer may not see is null with `FORBIDDEN` at its path, so every field but `id` is nullable: a
 * denial never takes the client, its other subgraphs' fields or the rest of the response with it.
 */
export type ClientrelationshipsArgs = {
  includeEnded?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type ClientConnection = {
  __typename?: "ClientConnection";
  /**
   * The first `first` matches the viewer may see, after `after`. Matches the viewer may not see are
   * left out before paging: they are not counted, not shown and never a cursor's position.
   */
  edges: Array<ClientEdge>;
  pageInfo: ClientPageInfo;
};

/** How to reach a client (category `contact`). */
export type ClientContact = {
  __typename?: "ClientContact";
  email: Maybe<Scalars["String"]["output"]>;
  /** Statistics Finland's three-digit municipality code (kuntanumero), e.g. `091` for Helsinki. */
  municipalityCode: Maybe<Scalars["String"]["output"]>;
  phone: Maybe<Scalars["String"]["output"]>;
  postOffice: Maybe<Scalars["String"]["output"]>;
  postalCode: Maybe<Scalars["String"]["output"]>;
  streetAddress: Maybe<Scalars["String"]["output"]>;
};

export type ClientEdge = {
  __typename?: "ClientEdge";
  cursor: Scalars["String"]["output"];
  node: Client;
};

export type ClientPageInfo = {
  __typename?: "ClientPageInfo";
  /** Opaque, sealed for this viewer and this search: pass it back unchanged as `after` of the same query. */
  endCursor: Maybe<Scalars["String"]["output"]>;
  /** True when a further match the viewer may see exists. */
  hasNextPage: Scalars["Boolean"]["output"];
  /**
   * True when the search examined its maximum of 500 matches before the page was full: the page holds
   * what was found so far and cannot be continued; narrow the search.
   */
  truncated: Scalars["Boolean"]["output"];
};

/** A client relationship (asiakassuhde): an organisation serves the client in a service task. */
export type ClientRelationship = {
  __typename?: "ClientRelationship";
  id: Scalars["ID"]["output"];
  isActive: Scalars["Boolean"]["output"];
  organization: Organization;
  /** The service task, a code such as `child_protection` or `family_social_work`. */
  serviceTask: Scalars["String"]["output"];
  since: Scalars["Date"]["output"];
  /** Null while open-ended. */
  until: Maybe<Scalars["Date"]["output"]>;
};

/** Search criteria; at least one. Name words match the start of the first or last name. */
export type ClientSearch = {
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** Exact match through the keyed hash; never logged. */
  identityCode?: InputMaybe<Scalars["String"]["input"]>;
  name?: InputMaybe<Scalars["String"]["input"]>;
};

export type CloseConcernInput = {
  concernId: Scalars["ID"]["input"];
  note?: InputMaybe<Scalars["String"]["input"]>;
};

/**
 * A concern (huoli): somebody is worried about a client or a family. The team must react by the
 * deadline with a first joint meeting (yhteistapaaminen).
 */
export type Concern = {
  __typename?: "Concern";
  /** The client the concern is about, or null when it is about a family. */
  client: Maybe<Client>;
  /** How the concern was closed, once closed. */
  closure: Maybe<ConcernClosure>;
  /** Calendar days from today to the deadline; 0 on the last day, negative when overdue. Null once reacted to. */
  daysLeft: Maybe<Scalars["Int"]["output"]>;
  /** The last day of the reaction deadline. */
  deadline: Scalars["Date"]["output"];
  deadlineRule: DeadlineRule;
  /** What worries them, in concrete words. */
  description: Scalars["String"]["output"];
  /** The family the concern is about, or null when it is about one client. */
  family: Maybe<Family>;
  id: Scalars["ID"]["output"];
  /** True while not reacted to and the deadline has passed (computed for today, not stored). */
  isOverdue: Scalars["Boolean"]["output"];
  kind: ConcernKind;
  organization: Organization;
  raisedAt: Scalars["DateTime"]["output"];
  raisedBy: ConcernRaiser;
  /** The Finnish day it was raised: the deadline counts from here. */
  raisedOn: Scalars["Date"]["output"];
  /** The first joint meeting, once held. */
  reaction: Maybe<ConcernReaction>;
  /** Viewer id of who recorded the concern in Silta (a professional, the client, or an integration). */
  recordedBy: Scalars["ID"]["output"];
  responsibleProfessional: Maybe<Professional>;
  /** The service whose rule set the deadline, e.g. `child_protection`. */
  service: Scalars["String"]["output"];
  status: ConcernStatus;
  team: Maybe<Team>;
  /** Working days (weekdays that are not Finnish public holidays) after today up to the deadline. Null once reacted to. */
  workingDaysLeft: Maybe<Scalars["Int"]["output"]>;
};

export type ConcernClosure = {
  __typename?: "ConcernClosure";
  closedAt: Scalars["DateTime"]["output"];
  closedBy: Scalars["ID"]["output"];
  note: Maybe<Scalars["String"]["output"]>;
};

/** Which concerns: any combination narrows the list. Team and organisation are the ids given when the concern was raised. */
export type ConcernFilter = {
  organizationId?: InputMaybe<Scalars["ID"]["input"]>;
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** What kind of concern was raised. */
export type ConcernKind =
  /**
   * A child welfare notice (lastensuojeluilmoitus, Child Welfare Act 417/2007, 25 §) about a minor:
   * any professional may, and must, raise one, with no client relationship and no consent. It goes to
   * child protection (`service: "child_protection"`), names no team or responsible professional, and
   * lets the raiser read nothing but their own notices (`myChildWelfareNotices`).
   */
  | "CHILD_WELFARE_NOTICE"
  /** A concern (huoli) raised within the team's work: needs a lawful basis for the client's concerns. */
  | "CONCERN";

/** Who raised a concern: a professional, or a member of the family (a client). */
export type ConcernRaiser = {
  __typename?: "ConcernRaiser";
  familyMember: Maybe<Client>;
  professional: Maybe<Professional>;
};

/** The first joint meeting held about a concern (at least the responsible worker and the client). */
export type ConcernReaction = {
  __typename?: "ConcernReaction";
  attendingClients: Array<Client>;
  attendingProfessionals: Array<Professional>;
  meetingOn: Scalars["Date"]["output"];
  recordedAt: Scalars["DateTime"]["output"];
  recordedBy: Scalars["ID"]["output"];
};

export type ConcernStatus = "CLOSED" | "RAISED" | "REACTED";

export type ContactInput = {
  email?: InputMaybe<Scalars["String"]["input"]>;
  municipalityCode?: InputMaybe<Scalars["String"]["input"]>;
  phone?: InputMaybe<Scalars["String"]["input"]>;
  postOffice?: InputMaybe<Scalars["String"]["input"]>;
  postalCode?: InputMaybe<Scalars["String"]["input"]>;
  streetAddress?: InputMaybe<Scalars["String"]["input"]>;
};

export type CreateClientInput = {
  /** Required without an identity code; with one, it must agree with it. */
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  contact?: InputMaybe<ContactInput>;
  controllerOrganizationId: Scalars["ID"]["input"];
  firstName: Scalars["String"]["input"];
  hasNonDisclosureOrder?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Client-chosen UUID: sending the same create again returns the same client. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** Personal identity code. A client with the same code is returned instead of a duplicate. */
  identityCode?: InputMaybe<Scalars["String"]["input"]>;
  language?: InputMaybe<Scalars["String"]["input"]>;
  lastName: Scalars["String"]["input"];
  /** Organisation-issued temporary identifier, for a person without an identity code. */
  temporaryIdentifier?: InputMaybe<Scalars["String"]["input"]>;
};

export type CreateClientPayload = {
  __typename?: "CreateClientPayload";
  client: Client;
  /** False when a client with the same identity code (or id) already existed and was returned. */
  created: Scalars["Boolean"]["output"];
};

export type CreateFamilyInput = {
  id?: InputMaybe<Scalars["ID"]["input"]>;
  members: Array<FamilyMemberInput>;
  name?: InputMaybe<Scalars["String"]["input"]>;
};

export type CreateServicePlanInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: InputMaybe<Scalars["ID"]["input"]>;
  familyId?: InputMaybe<Scalars["ID"]["input"]>;
  goals: Array<Scalars["String"]["input"]>;
  id?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A reaction deadline rule from the county's configuration. */
export type DeadlineRule = {
  __typename?: "DeadlineRule";
  code: Scalars["String"]["output"];
  /** How many days the rule gives. */
  days: Scalars["Int"]["output"];
  description: Scalars["String"]["output"];
  /** The services the rule is the default for. */
  services: Array<Scalars["String"]["output"]>;
  unit: DeadlineUnit;
};

export type DeadlineUnit =
  /** Every day counts. */
  | "CALENDAR_DAYS"
  /** Weekends, Finnish public holidays, Midsummer Eve and Christmas Eve do not count (arkipäivät). */
  | "WORKING_DAYS";

export type EndClientRelationshipInput = {
  relationshipId: Scalars["ID"]["input"];
  until: Scalars["Date"]["input"];
};

/**
 * A family (perhe): clients with their relation in the family. "Family first": the family's concerns
 * and plan are seen as a whole.
 */
export type Family = {
  __typename?: "Family";
  /** Concerns about the family as a whole and about each member the viewer may see, newest first. */
  concerns: Array<Concern>;
  /** Current guardianships among the members the viewer may see. */
  guardianships: Array<Guardianship>;
  id: Scalars["ID"]["output"];
  /** The members the viewer may see. */
  members: Array<FamilyMember>;
  /** What the professionals call the family, e.g. `Virtanen family`. */
  name: Maybe<Scalars["String"]["output"]>;
  /** The family's shared service plan, or null when there is none. */
  servicePlan: Maybe<ServicePlan>;
};

/**
 * A family (perhe): clients with their relation in the family. "Family first": the family's concerns
 * and plan are seen as a whole.
 */
export type FamilyconcernsArgs = {
  status?: InputMaybe<Array<ConcernStatus>>;
};

export type FamilyMember = {
  __typename?: "FamilyMember";
  client: Client;
  relation: FamilyRelation;
};

export type FamilyMemberInput = {
  clientId: Scalars["ID"]["input"];
  relation: FamilyRelation;
};

/** One of a client's families, with the client's relation in it. */
export type FamilyMembership = {
  __typename?: "FamilyMembership";
  family: Family;
  relation: FamilyRelation;
};

export type FamilyRelation = "CHILD" | "GUARDIAN" | "OTHER" | "PARENT" | "SIBLING" | "SPOUSE";

/** Guardianship (huoltajuus) of a minor. */
export type Guardianship = {
  __typename?: "Guardianship";
  child: Client;
  guardian: Client;
  since: Scalars["Date"]["output"];
  until: Maybe<Scalars["Date"]["output"]>;
};

export type Mutation = {
  __typename?: "Mutation";
  addAgreement: Agreement;
  addFamilyMember: Family;
  addGuardian: Guardianship;
  closeConcern: Concern;
  createClient: CreateClientPayload;
  createFamily: Family;
  createServicePlan: ServicePlan;
  endClientRelationship: ClientRelationship;
  raiseConcern: Concern;
  reactToConcern: Concern;
  recordPlanReview: PlanReview;
  removeFamilyMember: Family;
  removeGuardian: Guardianship;
  setAgreementStatus: Agreement;
  startClientRelationship: ClientRelationship;
  updateClient: Client;
  updateServicePlanGoals: ServicePlan;
};

export type MutationaddAgreementArgs = {
  input: AddAgreementInput;
};

export type MutationaddFamilyMemberArgs = {
  input: AddFamilyMemberInput;
};

export type MutationaddGuardianArgs = {
  input: AddGuardianInput;
};

export type MutationcloseConcernArgs = {
  input: CloseConcernInput;
};

export type MutationcreateClientArgs = {
  input: CreateClientInput;
};

export type MutationcreateFamilyArgs = {
  input: CreateFamilyInput;
};

export type MutationcreateServicePlanArgs = {
  input: CreateServicePlanInput;
};

export type MutationendClientRelationshipArgs = {
  input: EndClientRelationshipInput;
};

export type MutationraiseConcernArgs = {
  input: RaiseConcernInput;
};

export type MutationreactToConcernArgs = {
  input: ReactToConcernInput;
};

export type MutationrecordPlanReviewArgs = {
  input: RecordPlanReviewInput;
};

export type MutationremoveFamilyMemberArgs = {
  input: RemoveFamilyMemberInput;
};

export type MutationremoveGuardianArgs = {
  input: RemoveGuardianInput;
};

export type MutationsetAgreementStatusArgs = {
  input: SetAgreementStatusInput;
};

export type MutationstartClientRelationshipArgs = {
  input: StartClientRelationshipInput;
};

export type MutationupdateClientArgs = {
  input: UpdateClientInput;
};

export type MutationupdateServicePlanGoalsArgs = {
  input: UpdateServicePlanGoalsInput;
};

export type Organization = {
  __typename?: "Organization";
  id: Scalars["ID"]["output"];
};

/** One change in a plan's history. */
export type PlanChange = {
  __typename?: "PlanChange";
  /** What happened: `created`, `goals_updated`, `agreement_added`, `agreement_status_changed`, `reviewed`. */
  action: Scalars["String"]["output"];
  /** Viewer id of who made the change. */
  actorId: Scalars["ID"]["output"];
  agreementId: Maybe<Scalars["ID"]["output"]>;
  at: Scalars["DateTime"]["output"];
  /** The changed fields, before and after, as JSON. */
  details: Scalars["String"]["output"];
};

/** A review (arviointi) of the plan. */
export type PlanReview = {
  __typename?: "PlanReview";
  /** What changed. */
  changes: Scalars["String"]["output"];
  /** What was found. */
  findings: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  recordedBy: Scalars["ID"]["output"];
  reviewedOn: Scalars["Date"]["output"];
};

export type Professional = {
  __typename?: "Professional";
  id: Scalars["ID"]["output"];
};

export type Query = {
  __typename?: "Query";
  /** One client, or null when there is none with that id. Reading is checked and logged. */
  client: Maybe<Client>;
  /**
   * Clients by name, birth date or identity code the viewer may see, ordered by last name, first
   * name; Relay-style pages of `first` (default 20, at most 100). Each match is decided and logged as
   * the page is filled; at most 500 matches are examined per request (`pageInfo.truncated`).
   */
  clients: ClientConnection;
  concern: Maybe<Concern>;
  /**
   * Concerns not yet reacted to whose deadline is today or within `withinDays` days, earliest first:
   * the first `first` (default 100, at most 500) the viewer may see. At most 2000 concerns are examined
   * per request; beyond that the answer is `BAD_USER_INPUT` (`too_broad`): narrow the filter.
   */
  concernsDueSoon: Array<Concern>;
  /** The deadline rules in force. */
  deadlineRules: Array<DeadlineRule>;
  family: Maybe<Family>;
  /**
   * The child welfare notices the viewer (a professional) raised, newest first: each with whether it
   * was acknowledged. The one read of a notice its raiser has without a lawful basis for the child.
   */
  myChildWelfareNotices: Array<ChildWelfareNoticeReceipt>;
  /**
   * Concerns not reacted to by their deadline, most overdue first: the first `first` (default 100, at
   * most 500) the viewer may see, examined as `concernsDueSoon`.
   */
  overdueConcerns: Array<Concern>;
  servicePlan: Maybe<ServicePlan>;
};

export type QueryclientArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryclientsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  search: ClientSearch;
};

export type QueryconcernArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryconcernsDueSoonArgs = {
  filter: ConcernFilter;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  withinDays?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryfamilyArgs = {
  id: Scalars["ID"]["input"];
};

export type QuerymyChildWelfareNoticesArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryoverdueConcernsArgs = {
  filter: ConcernFilter;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryservicePlanArgs = {
  id: Scalars["ID"]["input"];
};

export type RaiseConcernInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: InputMaybe<Scalars["ID"]["input"]>;
  deadlineRuleCode?: InputMaybe<Scalars["String"]["input"]>;
  description: Scalars["String"]["input"];
  familyId?: InputMaybe<Scalars["ID"]["input"]>;
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * CHILD_WELFARE_NOTICE: a child welfare notice about a minor (`clientId`), allowed to any
   * professional; `service` must then be `child_protection`, and `teamId`, `responsibleProfessionalId`,
   * `familyId` and `raisedByClientId` must be absent.
   */
  kind?: InputMaybe<ConcernKind>;
  organizationId: Scalars["ID"]["input"];
  /** Set when a family member raises the concern; otherwise the viewer (a professional) raised it. */
  raisedByClientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The day it was raised, when earlier than today (e.g. a concern phoned in yesterday); default today. */
  raisedOn?: InputMaybe<Scalars["Date"]["input"]>;
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The service, e.g. `child_protection`: picks its deadline rule unless `deadlineRuleCode` is given. */
  service: Scalars["String"]["input"];
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type ReactToConcernInput = {
  /** Must include the client (for a family concern, a member of the family). */
  attendingClientIds: Array<Scalars["ID"]["input"]>;
  /** Must include the responsible worker. */
  attendingProfessionalIds: Array<Scalars["ID"]["input"]>;
  concernId: Scalars["ID"]["input"];
  meetingOn: Scalars["Date"]["input"];
  /** Sets the responsible worker when the concern has none yet. */
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type RecordPlanReviewInput = {
  changes: Scalars["String"]["input"];
  findings: Scalars["String"]["input"];
  id?: InputMaybe<Scalars["ID"]["input"]>;
  planId: Scalars["ID"]["input"];
  reviewedOn: Scalars["Date"]["input"];
};

export type RemoveFamilyMemberInput = {
  clientId: Scalars["ID"]["input"];
  familyId: Scalars["ID"]["input"];
};

export type RemoveGuardianInput = {
  childClientId: Scalars["ID"]["input"];
  guardianClientId: Scalars["ID"]["input"];
  until: Scalars["Date"]["input"];
};

export type ResponsibleParty = {
  __typename?: "ResponsibleParty";
  familyMember: Maybe<Client>;
  professional: Maybe<Professional>;
};

export type ResponsiblePartyInput = {
  /** A member of the family (the client themself, or a member of one of their families). */
  familyMemberClientId?: InputMaybe<Scalars["ID"]["input"]>;
  professionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** The shared service plan (yhteinen palvelusuunnitelma, asiakassuunnitelma) of a client or a family. */
export type ServicePlan = {
  __typename?: "ServicePlan";
  agreements: Array<Agreement>;
  client: Maybe<Client>;
  createdAt: Scalars["DateTime"]["output"];
  family: Maybe<Family>;
  /** The client's own best goals, in their words. */
  goals: Array<Scalars["String"]["output"]>;
  /** Who changed what and when, oldest first. */
  history: Array<PlanChange>;
  id: Scalars["ID"]["output"];
  /** Reviews, newest first. */
  reviews: Array<PlanReview>;
  updatedAt: Scalars["DateTime"]["output"];
  /** Bumped by every change; pass it back as `expectedVersion` to update goals. */
  version: Scalars["Int"]["output"];
};

export type SetAgreementStatusInput = {
  agreementId: Scalars["ID"]["input"];
  status: AgreementStatus;
};

export type StartClientRelationshipInput = {
  clientId: Scalars["ID"]["input"];
  id?: InputMaybe<Scalars["ID"]["input"]>;
  organizationId: Scalars["ID"]["input"];
  serviceTask: Scalars["String"]["input"];
  since: Scalars["Date"]["input"];
  until?: InputMaybe<Scalars["Date"]["input"]>;
};

export type Team = {
  __typename?: "Team";
  id: Scalars["ID"]["output"];
};

/** Only the fields given change; `contact` replaces all contact details. */
export type UpdateClientInput = {
  contact?: InputMaybe<ContactInput>;
  firstName?: InputMaybe<Scalars["String"]["input"]>;
  hasNonDisclosureOrder?: InputMaybe<Scalars["Boolean"]["input"]>;
  id: Scalars["ID"]["input"];
  language?: InputMaybe<Scalars["String"]["input"]>;
  lastName?: InputMaybe<Scalars["String"]["input"]>;
};

export type UpdateServicePlanGoalsInput = {
  expectedVersion: Scalars["Int"]["input"];
  goals: Array<Scalars["String"]["input"]>;
  planId: Scalars["ID"]["input"];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Client: Client;
  Concern: Concern;
  Family: Family;
  ServicePlan: ServicePlan;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
  Concern: { __typename: "Concern" } & GraphQLRecursivePick<FederationTypes["Concern"], { id: true }>;
  Family: { __typename: "Family" } & GraphQLRecursivePick<FederationTypes["Family"], { id: true }>;
  ServicePlan: { __typename: "ServicePlan" } & GraphQLRecursivePick<FederationTypes["ServicePlan"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAgreementInput: AddAgreementInput;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  AddFamilyMemberInput: AddFamilyMemberInput;
  AddGuardianInput: AddGuardianInput;
  Agreement: ResolverTypeWrapper<AgreementMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  AgreementStatus: ResolverTypeWrapper<"OPEN" | "DONE" | "NOT_DONE" | "CHANGED">;
  ChildWelfareNoticeReceipt: ResolverTypeWrapper<ChildWelfareNoticeReceiptMapper>;
  Client: ResolverTypeWrapper<ClientMapper>;
  ClientConnection: ResolverTypeWrapper<Omit<ClientConnection, "edges"> & { edges: Array<ResolversTypes["ClientEdge"]> }>;
  ClientContact: ResolverTypeWrapper<ClientContactMapper>;
  ClientEdge: ResolverTypeWrapper<Omit<ClientEdge, "node"> & { node: ResolversTypes["Client"] }>;
  ClientPageInfo: ResolverTypeWrapper<ClientPageInfo>;
  ClientRelationship: ResolverTypeWrapper<ClientRelationshipMapper>;
  ClientSearch: ClientSearch;
  CloseConcernInput: CloseConcernInput;
  Concern: ResolverTypeWrapper<ConcernMapper>;
  ConcernClosure: ResolverTypeWrapper<ConcernClosureMapper>;
  ConcernFilter: ConcernFilter;
  ConcernKind: ResolverTypeWrapper<"CONCERN" | "CHILD_WELFARE_NOTICE">;
  ConcernRaiser: ResolverTypeWrapper<ConcernRaiserMapper>;
  ConcernReaction: ResolverTypeWrapper<ConcernReactionMapper>;
  ConcernStatus: ResolverTypeWrapper<"RAISED" | "REACTED" | "CLOSED">;
  ContactInput: ContactInput;
  CreateClientInput: CreateClientInput;
  CreateClientPayload: ResolverTypeWrapper<Omit<CreateClientPayload, "client"> & { client: ResolversTypes["Client"] }>;
  CreateFamilyInput: CreateFamilyInput;
  CreateServicePlanInput: CreateServicePlanInput;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  DeadlineRule: ResolverTypeWrapper<DeadlineRuleMapper>;
  DeadlineUnit: ResolverTypeWrapper<"CALENDAR_DAYS" | "WORKING_DAYS">;
  EndClientRelationshipInput: EndClientRelationshipInput;
  Family: ResolverTypeWrapper<FamilyMapper>;
  FamilyMember: ResolverTypeWrapper<FamilyMemberMapper>;
  FamilyMemberInput: FamilyMemberInput;
  FamilyMembership: ResolverTypeWrapper<FamilyMembershipMapper>;
  FamilyRelation: ResolverTypeWrapper<"GUARDIAN" | "PARENT" | "CHILD" | "SIBLING" | "SPOUSE" | "OTHER">;
  Guardianship: ResolverTypeWrapper<GuardianshipMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  PlanChange: ResolverTypeWrapper<PlanChangeMapper>;
  PlanReview: ResolverTypeWrapper<PlanReviewMapper>;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseConcernInput: RaiseConcernInput;
  ReactToConcernInput: ReactToConcernInput;
  RecordPlanReviewInput: RecordPlanReviewInput;
  RemoveFamilyMemberInput: RemoveFamilyMemberInput;
  RemoveGuardianInput: RemoveGuardianInput;
  ResponsibleParty: ResolverTypeWrapper<ResponsiblePartyMapper>;
  ResponsiblePartyInput: ResponsiblePartyInput;
  ServicePlan: ResolverTypeWrapper<ServicePlanMapper>;
  SetAgreementStatusInput: SetAgreementStatusInput;
  StartClientRelationshipInput: StartClientRelationshipInput;
  Team: ResolverTypeWrapper<TeamMapper>;
  UpdateClientInput: UpdateClientInput;
  UpdateServicePlanGoalsInput: UpdateServicePlanGoalsInput;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAgreementInput: AddAgreementInput;
  String: Scalars["String"]["output"];
  ID: Scalars["ID"]["output"];
  AddFamilyMemberInput: AddFamilyMemberInput;
  AddGuardianInput: AddGuardianInput;
  Agreement: AgreementMapper;
  Boolean: Scalars["Boolean"]["output"];
  ChildWelfareNoticeReceipt: ChildWelfareNoticeReceiptMapper;
  Client: ClientMapper;
  ClientConnection: Omit<ClientConnection, "edges"> & { edges: Array<ResolversParentTypes["ClientEdge"]> };
  ClientContact: ClientContactMapper;
  ClientEdge: Omit<ClientEdge, "node"> & { node: ResolversParentTypes["Client"] };
  ClientPageInfo: ClientPageInfo;
  ClientRelationship: ClientRelationshipMapper;
  ClientSearch: ClientSearch;
  CloseConcernInput: CloseConcernInput;
  Concern: ConcernMapper;
  ConcernClosure: ConcernClosureMapper;
  ConcernFilter: ConcernFilter;
  ConcernRaiser: ConcernRaiserMapper;
  ConcernReaction: ConcernReactionMapper;
  ContactInput: ContactInput;
  CreateClientInput: CreateClientInput;
  CreateClientPayload: Omit<CreateClientPayload, "client"> & { client: ResolversParentTypes["Client"] };
  CreateFamilyInput: CreateFamilyInput;
  CreateServicePlanInput: CreateServicePlanInput;
  Date: Scalars["Date"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  DeadlineRule: DeadlineRuleMapper;
  EndClientRelationshipInput: EndClientRelationshipInput;
  Family: FamilyMapper;
  FamilyMember: FamilyMemberMapper;
  FamilyMemberInput: FamilyMemberInput;
  FamilyMembership: FamilyMembershipMapper;
  Guardianship: GuardianshipMapper;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  PlanChange: PlanChangeMapper;
  PlanReview: PlanReviewMapper;
  Professional: ProfessionalMapper;
  Query: Record<PropertyKey, never>;
  RaiseConcernInput: RaiseConcernInput;
  ReactToConcernInput: ReactToConcernInput;
  RecordPlanReviewInput: RecordPlanReviewInput;
  RemoveFamilyMemberInput: RemoveFamilyMemberInput;
  RemoveGuardianInput: RemoveGuardianInput;
  ResponsibleParty: ResponsiblePartyMapper;
  ResponsiblePartyInput: ResponsiblePartyInput;
  ServicePlan: ServicePlanMapper;
  SetAgreementStatusInput: SetAgreementStatusInput;
  StartClientRelationshipInput: StartClientRelationshipInput;
  Team: TeamMapper;
  UpdateClientInput: UpdateClientInput;
  UpdateServicePlanGoalsInput: UpdateServicePlanGoalsInput;
  Int: Scalars["Int"]["output"];
};

export type boundedDirectiveArgs = {
  maxItems?: Maybe<Scalars["Int"]["input"]>;
  maxLength?: Maybe<Scalars["Int"]["input"]>;
};

export type boundedDirectiveResolver<
  Result,
  Parent,
  ContextType = ClientsContext,
  Args = boundedDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Agreement"] = ResolversParentTypes["Agreement"],
> = {
  concern?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  ifNotDone?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  nextAction?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes["ResponsibleParty"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["AgreementStatus"], ParentType, ContextType>;
};

export type AgreementStatusResolvers = EnumResolverSignature<
  { CHANGED?: any; DONE?: any; NOT_DONE?: any; OPEN?: any },
  ResolversTypes["AgreementStatus"]
>;

export type ChildWelfareNoticeReceiptResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ChildWelfareNoticeReceipt"] = ResolversParentTypes["ChildWelfareNoticeReceipt"],
> = {
  acknowledged?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  description?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
};

export type ClientResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  birthDate?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  concerns?: Resolver<Maybe<Array<ResolversTypes["Concern"]>>, ParentType, ContextType, Partial<ClientconcernsArgs>>;
  contact?: Resolver<Maybe<ResolversTypes["ClientContact"]>, ParentType, ContextType>;
  controllerOrganization?: Resolver<Maybe<ResolversTypes["Organization"]>, ParentType, ContextType>;
  families?: Resolver<Maybe<Array<ResolversTypes["FamilyMembership"]>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  guardians?: Resolver<Maybe<Array<ResolversTypes["Guardianship"]>>, ParentType, ContextType>;
  hasIdentityCode?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  hasNonDisclosureOrder?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  identityCode?: Resolver<
    Maybe<ResolversTypes["String"]>,
    ParentType,
    ContextType,
    RequireFields<ClientidentityCodeArgs, "unmasked">
  >;
  language?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  relationships?: Resolver<
    Maybe<Array<ResolversTypes["ClientRelationship"]>>,
    ParentType,
    ContextType,
    RequireFields<ClientrelationshipsArgs, "includeEnded">
  >;
  servicePlan?: Resolver<Maybe<ResolversTypes["ServicePlan"]>, ParentType, ContextType>;
  temporaryIdentifier?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type ClientConnectionResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ClientConnection"] = ResolversParentTypes["ClientConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["ClientEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["ClientPageInfo"], ParentType, ContextType>;
};

export type ClientContactResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ClientContact"] = ResolversParentTypes["ClientContact"],
> = {
  email?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  postOffice?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type ClientEdgeResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ClientEdge"] = ResolversParentTypes["ClientEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
};

export type ClientPageInfoResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ClientPageInfo"] = ResolversParentTypes["ClientPageInfo"],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type ClientRelationshipResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ClientRelationship"] = ResolversParentTypes["ClientRelationship"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  serviceTask?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  since?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type ConcernResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Concern"] = ResolversParentTypes["Concern"],
  FederationReferenceType extends FederationReferenceTypes["Concern"] = FederationReferenceTypes["Concern"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Concern"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  client?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes["ConcernClosure"]>, ParentType, ContextType>;
  daysLeft?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  deadlineRule?: Resolver<ResolversTypes["DeadlineRule"], ParentType, ContextType>;
  description?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes["Family"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["ConcernKind"], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes["ConcernRaiser"], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  reaction?: Resolver<Maybe<ResolversTypes["ConcernReaction"]>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  responsibleProfessional?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["ConcernStatus"], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType>;
  workingDaysLeft?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
};

export type ConcernClosureResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ConcernClosure"] = ResolversParentTypes["ConcernClosure"],
> = {
  closedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type ConcernKindResolvers = EnumResolverSignature<
  { CHILD_WELFARE_NOTICE?: any; CONCERN?: any },
  ResolversTypes["ConcernKind"]
>;

export type ConcernRaiserResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ConcernRaiser"] = ResolversParentTypes["ConcernRaiser"],
> = {
  familyMember?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
};

export type ConcernReactionResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ConcernReaction"] = ResolversParentTypes["ConcernReaction"],
> = {
  attendingClients?: Resolver<Array<ResolversTypes["Client"]>, ParentType, ContextType>;
  attendingProfessionals?: Resolver<Array<ResolversTypes["Professional"]>, ParentType, ContextType>;
  meetingOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type ConcernStatusResolvers = EnumResolverSignature<
  { CLOSED?: any; RAISED?: any; REACTED?: any },
  ResolversTypes["ConcernStatus"]
>;

export type CreateClientPayloadResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["CreateClientPayload"] = ResolversParentTypes["CreateClientPayload"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  created?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export type DeadlineRuleResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["DeadlineRule"] = ResolversParentTypes["DeadlineRule"],
> = {
  code?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  days?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  description?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes["DeadlineUnit"], ParentType, ContextType>;
};

export type DeadlineUnitResolvers = EnumResolverSignature<
  { CALENDAR_DAYS?: any; WORKING_DAYS?: any },
  ResolversTypes["DeadlineUnit"]
>;

export type FamilyResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Family"] = ResolversParentTypes["Family"],
  FederationReferenceType extends FederationReferenceTypes["Family"] = FederationReferenceTypes["Family"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Family"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  concerns?: Resolver<Array<ResolversTypes["Concern"]>, ParentType, ContextType, Partial<FamilyconcernsArgs>>;
  guardianships?: Resolver<Array<ResolversTypes["Guardianship"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes["FamilyMember"]>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  servicePlan?: Resolver<Maybe<ResolversTypes["ServicePlan"]>, ParentType, ContextType>;
};

export type FamilyMemberResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["FamilyMember"] = ResolversParentTypes["FamilyMember"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes["FamilyRelation"], ParentType, ContextType>;
};

export type FamilyMembershipResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["FamilyMembership"] = ResolversParentTypes["FamilyMembership"],
> = {
  family?: Resolver<ResolversTypes["Family"], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes["FamilyRelation"], ParentType, ContextType>;
};

export type FamilyRelationResolvers = EnumResolverSignature<
  { CHILD?: any; GUARDIAN?: any; OTHER?: any; PARENT?: any; SIBLING?: any; SPOUSE?: any },
  ResolversTypes["FamilyRelation"]
>;

export type GuardianshipResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Guardianship"] = ResolversParentTypes["Guardianship"],
> = {
  child?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  guardian?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  since?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  addAgreement?: Resolver<ResolversTypes["Agreement"], ParentType, ContextType, RequireFields<MutationaddAgreementArgs, "input">>;
  addFamilyMember?: Resolver<
    ResolversTypes["Family"],
    ParentType,
    ContextType,
    RequireFields<MutationaddFamilyMemberArgs, "input">
  >;
  addGuardian?: Resolver<
    ResolversTypes["Guardianship"],
    ParentType,
    ContextType,
    RequireFields<MutationaddGuardianArgs, "input">
  >;
  closeConcern?: Resolver<ResolversTypes["Concern"], ParentType, ContextType, RequireFields<MutationcloseConcernArgs, "input">>;
  createClient?: Resolver<
    ResolversTypes["CreateClientPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateClientArgs, "input">
  >;
  createFamily?: Resolver<ResolversTypes["Family"], ParentType, ContextType, RequireFields<MutationcreateFamilyArgs, "input">>;
  createServicePlan?: Resolver<
    ResolversTypes["ServicePlan"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateServicePlanArgs, "input">
  >;
  endClientRelationship?: Resolver<
    ResolversTypes["ClientRelationship"],
    ParentType,
    ContextType,
    RequireFields<MutationendClientRelationshipArgs, "input">
  >;
  raiseConcern?: Resolver<ResolversTypes["Concern"], ParentType, ContextType, RequireFields<MutationraiseConcernArgs, "input">>;
  reactToConcern?: Resolver<
    ResolversTypes["Concern"],
    ParentType,
    ContextType,
    RequireFields<MutationreactToConcernArgs, "input">
  >;
  recordPlanReview?: Resolver<
    ResolversTypes["PlanReview"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordPlanReviewArgs, "input">
  >;
  removeFamilyMember?: Resolver<
    ResolversTypes["Family"],
    ParentType,
    ContextType,
    RequireFields<MutationremoveFamilyMemberArgs, "input">
  >;
  removeGuardian?: Resolver<
    ResolversTypes["Guardianship"],
    ParentType,
    ContextType,
    RequireFields<MutationremoveGuardianArgs, "input">
  >;
  setAgreementStatus?: Resolver<
    ResolversTypes["Agreement"],
    ParentType,
    ContextType,
    RequireFields<MutationsetAgreementStatusArgs, "input">
  >;
  startClientRelationship?: Resolver<
    ResolversTypes["ClientRelationship"],
    ParentType,
    ContextType,
    RequireFields<MutationstartClientRelationshipArgs, "input">
  >;
  updateClient?: Resolver<ResolversTypes["Client"], ParentType, ContextType, RequireFields<MutationupdateClientArgs, "input">>;
  updateServicePlanGoals?: Resolver<
    ResolversTypes["ServicePlan"],
    ParentType,
    ContextType,
    RequireFields<MutationupdateServicePlanGoalsArgs, "input">
  >;
};

export type OrganizationResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type PlanChangeResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["PlanChange"] = ResolversParentTypes["PlanChange"],
> = {
  action?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  agreementId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  details?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type PlanReviewResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["PlanReview"] = ResolversParentTypes["PlanReview"],
> = {
  changes?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  reviewedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
};

export type ProfessionalResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  client?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType, RequireFields<QueryclientArgs, "id">>;
  clients?: Resolver<
    ResolversTypes["ClientConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryclientsArgs, "first" | "search">
  >;
  concern?: Resolver<Maybe<ResolversTypes["Concern"]>, ParentType, ContextType, RequireFields<QueryconcernArgs, "id">>;
  concernsDueSoon?: Resolver<
    Array<ResolversTypes["Concern"]>,
    ParentType,
    ContextType,
    RequireFields<QueryconcernsDueSoonArgs, "filter" | "first" | "withinDays">
  >;
  deadlineRules?: Resolver<Array<ResolversTypes["DeadlineRule"]>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes["Family"]>, ParentType, ContextType, RequireFields<QueryfamilyArgs, "id">>;
  myChildWelfareNotices?: Resolver<
    Array<ResolversTypes["ChildWelfareNoticeReceipt"]>,
    ParentType,
    ContextType,
    RequireFields<QuerymyChildWelfareNoticesArgs, "first">
  >;
  overdueConcerns?: Resolver<
    Array<ResolversTypes["Concern"]>,
    ParentType,
    ContextType,
    RequireFields<QueryoverdueConcernsArgs, "filter" | "first">
  >;
  servicePlan?: Resolver<
    Maybe<ResolversTypes["ServicePlan"]>,
    ParentType,
    ContextType,
    RequireFields<QueryservicePlanArgs, "id">
  >;
};

export type ResponsiblePartyResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ResponsibleParty"] = ResolversParentTypes["ResponsibleParty"],
> = {
  familyMember?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
};

export type ServicePlanResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["ServicePlan"] = ResolversParentTypes["ServicePlan"],
  FederationReferenceType extends FederationReferenceTypes["ServicePlan"] = FederationReferenceTypes["ServicePlan"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["ServicePlan"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  agreements?: Resolver<Array<ResolversTypes["Agreement"]>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes["Family"]>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes["PlanChange"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes["PlanReview"]>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["Team"] = ResolversParentTypes["Team"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type Resolvers<ContextType = ClientsContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementStatus?: AgreementStatusResolvers;
  ChildWelfareNoticeReceipt?: ChildWelfareNoticeReceiptResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientConnection?: ClientConnectionResolvers<ContextType>;
  ClientContact?: ClientContactResolvers<ContextType>;
  ClientEdge?: ClientEdgeResolvers<ContextType>;
  ClientPageInfo?: ClientPageInfoResolvers<ContextType>;
  ClientRelationship?: ClientRelationshipResolvers<ContextType>;
  Concern?: ConcernResolvers<ContextType>;
  ConcernClosure?: ConcernClosureResolvers<ContextType>;
  ConcernKind?: ConcernKindResolvers;
  ConcernRaiser?: ConcernRaiserResolvers<ContextType>;
  ConcernReaction?: ConcernReactionResolvers<ContextType>;
  ConcernStatus?: ConcernStatusResolvers;
  CreateClientPayload?: CreateClientPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeadlineRule?: DeadlineRuleResolvers<ContextType>;
  DeadlineUnit?: DeadlineUnitResolvers;
  Family?: FamilyResolvers<ContextType>;
  FamilyMember?: FamilyMemberResolvers<ContextType>;
  FamilyMembership?: FamilyMembershipResolvers<ContextType>;
  FamilyRelation?: FamilyRelationResolvers;
  Guardianship?: GuardianshipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PlanChange?: PlanChangeResolvers<ContextType>;
  PlanReview?: PlanReviewResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponsibleParty?: ResponsiblePartyResolvers<ContextType>;
  ServicePlan?: ServicePlanResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ClientsContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
};
