import { LocalDate } from "@silta/kernel";
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
  DuplicateRegistrationMapper,
  FamilyMapper,
  FamilyMemberMapper,
  FamilyMembershipMapper,
  GuardianshipMapper,
  MergeDuplicateRegistrationPayloadMapper,
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
  Date: { input: LocalDate; output: LocalDate };
  /** A point in time, ISO 8601 with time zone (`2026-11-23T09:30:00.000Z`). */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

/** An agreement of a plan; every text 1 to 2,000 characters. */
export type AddAgreementInput = {
  /** (a) What the concern is. */
  concern: Scalars["String"]["input"];
  /** The day by which the next action should be done; today or later. */
  dueOn: Scalars["Date"]["input"];
  /** How it is followed up. */
  followUp: Scalars["String"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** (d) What follows if it does not happen. */
  ifNotDone: Scalars["String"]["input"];
  /** (b) The next action. */
  nextAction: Scalars["String"]["input"];
  /** The plan's id. */
  planId: Scalars["ID"]["input"];
  /** (c) Who is responsible, the family included. */
  responsible: ResponsiblePartyInput;
};

/** Adds a client to a family. */
export type AddFamilyMemberInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** The family's id. */
  familyId: Scalars["ID"]["input"];
  /** Their relation in the family. */
  relation: FamilyRelation;
};

/** Records that a client is a minor's guardian (huoltaja) from a day. */
export type AddGuardianInput = {
  /** The minor's client id. */
  childClientId: Scalars["ID"]["input"];
  /** The guardian's client id; 18 or older on `since`, and not the child. */
  guardianClientId: Scalars["ID"]["input"];
  /** The first day of the guardianship. */
  since: Scalars["Date"]["input"];
  /** The last day, not before `since`; omitted while it lasts. */
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
  /** The day by which the next action should be done. */
  dueOn: Scalars["Date"]["output"];
  /** How it is followed up. */
  followUp: Scalars["String"]["output"];
  /** The agreement's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** (d) What follows if it does not happen. */
  ifNotDone: Scalars["String"]["output"];
  /** True while open and past its due date (computed for today). */
  isOverdue: Scalars["Boolean"]["output"];
  /** (b) The next action. */
  nextAction: Scalars["String"]["output"];
  /** (c) Who is responsible: a professional or a family member. */
  responsible: ResponsibleParty;
  /** Open, done, not done or changed. */
  status: AgreementStatus;
};

/** Where an agreement stands. */
export type AgreementStatus =
  /** Changed: it no longer holds as written; the plan's history shows when and by whom. */
  | "CHANGED"
  /** Done as agreed. */
  | "DONE"
  /** Not done: what was agreed under `ifNotDone` follows. */
  | "NOT_DONE"
  /** Not done yet. */
  | "OPEN";

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
  /** What the raiser wrote in the notice. */
  description: Scalars["String"]["output"];
  /** The notice's id (a UUID), the id of the concern it was recorded as. */
  id: Scalars["ID"]["output"];
  /** When the notice was recorded. */
  raisedAt: Scalars["DateTime"]["output"];
  /** The county's calendar day the notice was raised on (its reaction deadline counts from it). */
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
  /** First name(s) (category `basic`). */
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
  /** The client's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /**
   * The personal identity code (henkilötunnus), masked by default (`131052-****`). `unmasked: true`
   * shows it in full; that is logged as its own access. Null when the client has none.
   */
  identityCode: Maybe<Scalars["String"]["output"]>;
  /** ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`. */
  language: Maybe<Scalars["String"]["output"]>;
  /** Last name (category `basic`). */
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

/** A page of client search results. */
export type ClientConnection = {
  __typename?: "ClientConnection";
  /**
   * The first `first` matches the viewer may see, after `after`. Matches the viewer may not see are
   * left out before paging: they are not counted, not shown and never a cursor's position.
   */
  edges: Array<ClientEdge>;
  /** Whether and where the results go on. */
  pageInfo: ClientPageInfo;
};

/** How to reach a client (category `contact`). */
export type ClientContact = {
  __typename?: "ClientContact";
  /** Email address. */
  email: Maybe<Scalars["String"]["output"]>;
  /** Statistics Finland's three-digit municipality code (kuntanumero), e.g. `091` for Helsinki. */
  municipalityCode: Maybe<Scalars["String"]["output"]>;
  /** Phone number as given, e.g. `+358 40 123 4567`. */
  phone: Maybe<Scalars["String"]["output"]>;
  /** Post office (postitoimipaikka), e.g. `Helsinki`. */
  postOffice: Maybe<Scalars["String"]["output"]>;
  /** Postal code, five digits (`00100`). */
  postalCode: Maybe<Scalars["String"]["output"]>;
  /** Street address, e.g. `Mannerheimintie 1 A 2`. */
  streetAddress: Maybe<Scalars["String"]["output"]>;
};

/** Categories of client data an access decision is made for (only what the task requires, Act 703/2023). */
export type ClientDataCategory =
  /**
   * The access log of the client (käyttöloki): who read or changed their data. Only the client, their
   * guardian and a data protection officer may read it.
   */
  | "access_log"
  /** Name, birth date, language, identity code, relationships, families, guardians. */
  | "basic"
  /** Concerns (huolet) and child welfare notices. */
  | "concerns"
  /** Consents, bans and statutory bases: whom the client lets see what. */
  | "consents"
  /** Address, phone and email. */
  | "contact"
  /** FIT episodes, sessions and measurements. */
  | "fit"
  /** The service plan, its agreements and reviews. */
  | "service_plan"
  /** The client's teams, responsible worker, team members and meetings. */
  | "team";

/** One matching client with its place in the results. */
export type ClientEdge = {
  __typename?: "ClientEdge";
  /** Opaque; pass as `after` to continue after this client. */
  cursor: Scalars["String"]["output"];
  /** The client. */
  node: Client;
};

/** Where a page of clients ends. */
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
  /** The relationship's id (a UUID); pass it to `endClientRelationship`. */
  id: Scalars["ID"]["output"];
  /** True when today falls between `since` and `until` (in the county's time zone). */
  isActive: Scalars["Boolean"]["output"];
  /**
   * The organisation that serves the client; its professionals may read the client's data while the
   * relationship is active.
   */
  organization: Organization;
  /** The service task, a code such as `child_protection` or `family_social_work`. */
  serviceTask: Scalars["String"]["output"];
  /** The first day of the relationship. */
  since: Scalars["Date"]["output"];
  /** Null while open-ended. */
  until: Maybe<Scalars["Date"]["output"]>;
};

/** Search criteria; at least one. Name words match the start of the first or last name. */
export type ClientSearch = {
  /** The exact birth date. */
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** Exact match through the keyed hash; never logged. */
  identityCode?: InputMaybe<Scalars["String"]["input"]>;
  /**
   * One or more words, each at least two letters; every word must match the start of the first or last
   * name (case-insensitive).
   */
  name?: InputMaybe<Scalars["String"]["input"]>;
};

/** Closes a concern. */
export type CloseConcernInput = {
  /** The concern's id. */
  concernId: Scalars["ID"]["input"];
  /** Why it is closed, at most 4,000 characters; optional. */
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
  /** The rule that set the deadline (its days and whether they are working days). */
  deadlineRule: DeadlineRule;
  /** What worries them, in concrete words. */
  description: Scalars["String"]["output"];
  /** The family the concern is about, or null when it is about one client. */
  family: Maybe<Family>;
  /** The concern's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** True while not reacted to and the deadline has passed (computed for today, not stored). */
  isOverdue: Scalars["Boolean"]["output"];
  /**
   * CONCERN, or CHILD_WELFARE_NOTICE for a child welfare notice (lastensuojeluilmoitus) raised without
   * a client relationship.
   */
  kind: ConcernKind;
  /** The organisation that handles the concern. */
  organization: Organization;
  /** When it was recorded in Silta. */
  raisedAt: Scalars["DateTime"]["output"];
  /** Who raised it: a professional or a family member. */
  raisedBy: ConcernRaiser;
  /** The Finnish day it was raised: the deadline counts from here. */
  raisedOn: Scalars["Date"]["output"];
  /** The first joint meeting, once held. */
  reaction: Maybe<ConcernReaction>;
  /** Viewer id of who recorded the concern in Silta (a professional, the client, or an integration). */
  recordedBy: Scalars["ID"]["output"];
  /** The professional responsible for reacting; null until one is named. */
  responsibleProfessional: Maybe<Professional>;
  /** The service whose rule set the deadline, e.g. `child_protection`. */
  service: Scalars["String"]["output"];
  /** Raised, reacted to (first joint meeting held) or closed. */
  status: ConcernStatus;
  /** The team that handles it; null when none was named. */
  team: Maybe<Team>;
  /** Working days (weekdays that are not Finnish public holidays) after today up to the deadline. Null once reacted to. */
  workingDaysLeft: Maybe<Scalars["Int"]["output"]>;
};

/** How a concern was closed. */
export type ConcernClosure = {
  __typename?: "ConcernClosure";
  /** When it was closed. */
  closedAt: Scalars["DateTime"]["output"];
  /** Viewer id of who closed it. */
  closedBy: Scalars["ID"]["output"];
  /** Why it was closed, when a note was given (at most 4,000 characters). */
  note: Maybe<Scalars["String"]["output"]>;
};

/** Which concerns: any combination narrows the list. Team and organisation are the ids given when the concern was raised. */
export type ConcernFilter = {
  /** Only concerns of this organisation. */
  organizationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only concerns this professional is responsible for. */
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only concerns of this team. */
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
  /** The family member (a client) who raised it; null when a professional did. */
  familyMember: Maybe<Client>;
  /** The professional who raised it; null when a family member did. */
  professional: Maybe<Professional>;
};

/** The first joint meeting held about a concern (at least the responsible worker and the client). */
export type ConcernReaction = {
  __typename?: "ConcernReaction";
  /** The clients who took part: the client, or members of the family. */
  attendingClients: Array<Client>;
  /** The professionals who took part, the responsible worker included. */
  attendingProfessionals: Array<Professional>;
  /** The day of the first joint meeting (yhteistapaaminen). */
  meetingOn: Scalars["Date"]["output"];
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** Viewer id of who recorded the reaction. */
  recordedBy: Scalars["ID"]["output"];
};

/** Where a concern stands. */
export type ConcernStatus =
  /** Closed; kept in the record. */
  | "CLOSED"
  /** Raised and not yet reacted to: the deadline runs. */
  | "RAISED"
  /** The first joint meeting was held; the deadline no longer applies. */
  | "REACTED";

/** A client's contact details (category `contact`); every field optional, blank means none. */
export type ContactInput = {
  /** An email address, at most 254 characters. */
  email?: InputMaybe<Scalars["String"]["input"]>;
  /** Statistics Finland's three-digit municipality code, e.g. `091`. */
  municipalityCode?: InputMaybe<Scalars["String"]["input"]>;
  /** A phone number, e.g. `+358 40 123 4567`, at most 30 characters. */
  phone?: InputMaybe<Scalars["String"]["input"]>;
  /** Post office, at most 100 characters. */
  postOffice?: InputMaybe<Scalars["String"]["input"]>;
  /** Five digits, e.g. `00100`. */
  postalCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Street address, at most 200 characters. */
  streetAddress?: InputMaybe<Scalars["String"]["input"]>;
};

/**
 * A new client. Only a professional of a county organisation may create one (basic data, action
 * create).
 */
export type CreateClientInput = {
  /** Required without an identity code; with one, it must agree with it. */
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** Contact details; none when omitted. */
  contact?: InputMaybe<ContactInput>;
  /** The county organisation that is the controller of the client record. */
  controllerOrganizationId: Scalars["ID"]["input"];
  /** First name(s), 1 to 100 characters. */
  firstName: Scalars["String"]["input"];
  /** True under a non-disclosure order (turvakielto); default false. */
  hasNonDisclosureOrder?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Client-chosen UUID: sending the same create again returns the same client. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * Personal identity code. When a client with the same code is on record, a viewer who may read them
   * gets that client (`created: false`); anyone else gets a record of their own, as for a code nobody
   * has, which the register keeper merges (`duplicateRegistrations`).
   */
  identityCode?: InputMaybe<Scalars["String"]["input"]>;
  /** Two-letter ISO 639-1 code of the language of service, e.g. `fi`, `sv`, `se`. */
  language?: InputMaybe<Scalars["String"]["input"]>;
  /** Last name, 1 to 100 characters. */
  lastName: Scalars["String"]["input"];
  /**
   * Organisation-issued temporary identifier, for a person without an identity code; within the
   * controller, treated as the identity code is.
   */
  temporaryIdentifier?: InputMaybe<Scalars["String"]["input"]>;
};

/** The client created, or the one that already existed (only to a viewer who may read them). */
export type CreateClientPayload = {
  __typename?: "CreateClientPayload";
  /** The client. */
  client: Client;
  /**
   * False when the same create (the same id) was sent before, or a client with the same identity code
   * was on record and the viewer may read them; true otherwise, also for a duplicate registration.
   */
  created: Scalars["Boolean"]["output"];
};

/** A new family of clients. Needs the right to update each member's basic data. */
export type CreateFamilyInput = {
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The members, each client once. */
  members: Array<FamilyMemberInput>;
  /** What the professionals call the family, at most 100 characters, e.g. `Virtanen family`. */
  name?: InputMaybe<Scalars["String"]["input"]>;
};

/** A shared service plan for a client or a family (category `service_plan`, action create). */
export type CreateServicePlanInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The family whose plan it is; exactly one of clientId and familyId. */
  familyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The client's own best goals in their words: at most 20, each 1 to 1,000 characters. */
  goals: Array<Scalars["String"]["input"]>;
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A reaction deadline rule from the county's configuration. */
export type DeadlineRule = {
  __typename?: "DeadlineRule";
  /**
   * The rule's code, e.g. `first_joint_meeting` (3 days) or `child_protection_assessment_decision` (7
   * working days); pass it as `deadlineRuleCode` to choose it.
   */
  code: Scalars["String"]["output"];
  /** How many days the rule gives. */
  days: Scalars["Int"]["output"];
  /** What the rule is and where it comes from (a county agreement or a statute). */
  description: Scalars["String"]["output"];
  /** The services the rule is the default for. */
  services: Array<Scalars["String"]["output"]>;
  /** Calendar days or working days. */
  unit: DeadlineUnit;
};

/** How deadline days are counted. */
export type DeadlineUnit =
  /** Every day counts. */
  | "CALENDAR_DAYS"
  /** Weekends, Finnish public holidays, Midsummer Eve and Christmas Eve do not count (arkipäivät). */
  | "WORKING_DAYS";

/**
 * A duplicate registration (kaksoiskirjaus): a person registered again by a viewer who could not see
 * the client on record with the same identity code (or temporary identifier within the controller).
 * The viewer got a record of their own, as for a person nobody has (nothing told them the person is on
 * record); the register keeper merges the two. Ids and a time only: the clients' fields decide and log
 * their own access rules.
 */
export type DuplicateRegistration = {
  __typename?: "DuplicateRegistration";
  /** The duplicate record (each field decided by the read rules). */
  client: Client;
  /** The duplicate record's id: the client the registering viewer got. */
  clientId: Scalars["ID"]["output"];
  /** The client on record (each field decided by the read rules). */
  duplicateOf: Client;
  /** The id of the client on record with the same identity code or temporary identifier. */
  duplicateOfClientId: Scalars["ID"]["output"];
  /** When the duplicate was registered. */
  registeredAt: Scalars["DateTime"]["output"];
};

/** Ends a client relationship on a day. */
export type EndClientRelationshipInput = {
  /** The relationship's id. */
  relationshipId: Scalars["ID"]["input"];
  /** The last day, not before the relationship began. From the next day it grants no access. */
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
  /** The family's id (a UUID). */
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

/** A member of a family. */
export type FamilyMember = {
  __typename?: "FamilyMember";
  /** The member as a client. Only members whose basic data the viewer may see are listed. */
  client: Client;
  /** Their relation in the family. */
  relation: FamilyRelation;
};

/** A client and their relation in a family. */
export type FamilyMemberInput = {
  /** The client's id; each client once per family. */
  clientId: Scalars["ID"]["input"];
  /** Their relation in the family. */
  relation: FamilyRelation;
};

/** One of a client's families, with the client's relation in it. */
export type FamilyMembership = {
  __typename?: "FamilyMembership";
  /** The family. */
  family: Family;
  /** The client's relation in it. */
  relation: FamilyRelation;
};

/** A member's relation in a family. */
export type FamilyRelation =
  /** A child (lapsi). */
  | "CHILD"
  /** A guardian (huoltaja) of the family's children who is not a parent. */
  | "GUARDIAN"
  /** Another member, e.g. a grandparent living with the family. */
  | "OTHER"
  /** A parent (vanhempi). */
  | "PARENT"
  /** A sibling of a child of the family, e.g. an adult sibling living elsewhere. */
  | "SIBLING"
  /** A spouse or partner (puoliso) who is not a parent of the children. */
  | "SPOUSE";

/** Guardianship (huoltajuus) of a minor. */
export type Guardianship = {
  __typename?: "Guardianship";
  /** The minor in their custody. */
  child: Client;
  /** The guardian (huoltaja), a client aged 18 or more. */
  guardian: Client;
  /** The first day of the guardianship. */
  since: Scalars["Date"]["output"];
  /** The last day; null while it lasts. */
  until: Maybe<Scalars["Date"]["output"]>;
};

/** Which duplicate registration to fold into which client on record. */
export type MergeDuplicateRegistrationInput = {
  /** The client on record it duplicates (`DuplicateRegistration.duplicateOfClientId`). */
  clientId: Scalars["ID"]["input"];
  /** The duplicate record (`DuplicateRegistration.clientId`). */
  duplicateId: Scalars["ID"]["input"];
};

/** A merge done: the client on record, who now holds the duplicate's records. */
export type MergeDuplicateRegistrationPayload = {
  __typename?: "MergeDuplicateRegistrationPayload";
  /** The client on record (each field decided by the read rules). */
  client: Client;
  /** The duplicate's id, answered as missing from now on. */
  mergedClientId: Scalars["ID"]["output"];
};

export type Mutation = {
  __typename?: "Mutation";
  /** Adds an agreement to a plan. */
  addAgreement: Agreement;
  /** Adds a client to a family (the client's basic data, action update). */
  addFamilyMember: Family;
  /**
   * Records a guardianship; a guardian may then see the child's data. Needs the right to update both
   * clients' basic data.
   */
  addGuardian: Guardianship;
  /** Closes a concern (category `concerns`, action update). */
  closeConcern: Concern;
  /**
   * Creates a client, or returns the existing one with the same id, or with the same identity code to
   * a viewer who may read them (`created` false). A viewer who may not gets a new record, exactly as
   * for a code nobody has: a duplicate registration the register keeper merges. Only a professional of
   * a county organisation (basic data, action create).
   */
  createClient: CreateClientPayload;
  /** Creates a family of clients. */
  createFamily: Family;
  /** Creates the shared service plan of a client or a family (category `service_plan`, action create). */
  createServicePlan: ServicePlan;
  /** Ends a client relationship on a day (basic data, action update). */
  endClientRelationship: ClientRelationship;
  /**
   * Folds a duplicate registration into the client on record (the register keeper only: the `intake`
   * role of the controller of the client on record, or a system with `clients:write`). The duplicate's
   * relationships, family memberships, guardianships, concerns and service plan move to the client on
   * record here; `client.merged` moves its team links, responsible worker, consents, bans, statutory
   * bases and FIT data in those subgraphs. The duplicate is then answered as missing and listed nowhere.
   * Send an `Idempotency-Key` to retry safely. Refusals: FORBIDDEN `register_keeper_only`;
   * BAD_USER_INPUT `input.duplicateId` `duplicate_of_client` (not a duplicate of that client kept by the
   * viewer, also for ids nobody has) or `not_merged` (merged already).
   */
  mergeDuplicateRegistration: MergeDuplicateRegistrationPayload;
  /**
   * Raises a concern about a client or a family (category `concerns`, action create); the deadline of
   * the first joint meeting is set by the service's rule.
   */
  raiseConcern: Concern;
  /**
   * Records the first joint meeting about a concern (category `concerns`, action update); the deadline
   * stops running.
   */
  reactToConcern: Concern;
  /** Records a review of a plan. */
  recordPlanReview: PlanReview;
  /** Removes a client from a family (the client's basic data, action update). */
  removeFamilyMember: Family;
  /** Ends a guardianship on a day; the guardian loses access to the child's data the next day. */
  removeGuardian: Guardianship;
  /** Changes an agreement's status; the change is kept in the plan's history. */
  setAgreementStatus: Agreement;
  /**
   * Opens a client relationship: the organisation's professionals may then read the client's data
   * (basic data, action create).
   */
  startClientRelationship: ClientRelationship;
  /**
   * Changes a client's basic data (action update); changing `contact` needs the right to update
   * contact details too.
   */
  updateClient: Client;
  /** Replaces a plan's goals; the change is kept in its history. */
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

export type MutationmergeDuplicateRegistrationArgs = {
  input: MergeDuplicateRegistrationInput;
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

/**
 * An organisation (teams subgraph): a client's controller, a relationship's organisation, or a
 * concern's handler.
 */
export type Organization = {
  __typename?: "Organization";
  /** The organisation's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

/** One change in a plan's history. */
export type PlanChange = {
  __typename?: "PlanChange";
  /** What happened: `created`, `goals_updated`, `agreement_added`, `agreement_status_changed`, `reviewed`. */
  action: Scalars["String"]["output"];
  /** Viewer id of who made the change. */
  actorId: Scalars["ID"]["output"];
  /** The agreement changed, for agreement actions. */
  agreementId: Maybe<Scalars["ID"]["output"]>;
  /** When the change was made. */
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
  /** The review's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Viewer id of who recorded it. */
  recordedBy: Scalars["ID"]["output"];
  /** The day of the review. */
  reviewedOn: Scalars["Date"]["output"];
};

/** A professional (teams subgraph). */
export type Professional = {
  __typename?: "Professional";
  /** The professional's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

export type Query = {
  __typename?: "Query";
  /** One client, or null when there is none with that id. Reading is checked and logged. */
  client: Maybe<Client>;
  /**
   * Clients by name, birth date or identity code the viewer may see, ordered by last name, first
   * name (letter case ignored), then id; Relay-style pages of `first` (default 20, at most 100). Only
   * the clients shown are logged; at most 500 matches are examined per request (`pageInfo.truncated`).
   */
  clients: ClientConnection;
  /**
   * One concern, or null when there is none. Needs a lawful basis for the concerns of its client (or
   * family), decided per service task.
   */
  concern: Maybe<Concern>;
  /**
   * Concerns not yet reacted to whose deadline is today or within `withinDays` days, earliest first:
   * the first `first` (default 100, at most 500) the viewer may see. At most 2000 concerns are examined
   * per request; beyond that the answer is `BAD_USER_INPUT` (`too_broad`): narrow the filter.
   */
  concernsDueSoon: Array<Concern>;
  /** The deadline rules in force. */
  deadlineRules: Array<DeadlineRule>;
  /**
   * Duplicate registrations waiting for the register keeper to merge, oldest first: for a professional
   * with the `intake` role, those of the clients on record whose controller is their organisation; for
   * a system with `clients:write`, all. Anyone else: FORBIDDEN (`register_keeper_only`).
   */
  duplicateRegistrations: Array<DuplicateRegistration>;
  /** One family, or null when there is none. Its members and concerns are filtered by the access rules. */
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
  /** One service plan, or null when there is none (category `service_plan`). */
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

export type QueryduplicateRegistrationsArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
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

/**
 * A concern (huoli) about a client or a family. The deadline is computed from `raisedOn` and the
 * service's rule.
 */
export type RaiseConcernInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** A deadline rule's `code`, to use instead of the service's default rule. */
  deadlineRuleCode?: InputMaybe<Scalars["String"]["input"]>;
  /** What worries, in concrete words, 1 to 4,000 characters. */
  description: Scalars["String"]["input"];
  /** The family the concern is about; exactly one of clientId and familyId. */
  familyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * CHILD_WELFARE_NOTICE: a child welfare notice about a minor (`clientId`), allowed to any
   * professional; `service` must then be `child_protection`, and `teamId`, `responsibleProfessionalId`,
   * `familyId` and `raisedByClientId` must be absent.
   */
  kind?: InputMaybe<ConcernKind>;
  /** The organisation that handles the concern. */
  organizationId: Scalars["ID"]["input"];
  /** Set when a family member raises the concern; otherwise the viewer (a professional) raised it. */
  raisedByClientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The day it was raised, when earlier than today (e.g. a concern phoned in yesterday); default today. */
  raisedOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** The professional responsible for reacting, when known. */
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The service, e.g. `child_protection`: picks its deadline rule unless `deadlineRuleCode` is given. */
  service: Scalars["String"]["input"];
  /** The team that handles it, when one does. */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** The first joint meeting (yhteistapaaminen) held about a concern. */
export type ReactToConcernInput = {
  /** Must include the client (for a family concern, a member of the family). */
  attendingClientIds: Array<Scalars["ID"]["input"]>;
  /** Must include the responsible worker. */
  attendingProfessionalIds: Array<Scalars["ID"]["input"]>;
  /** The concern's id. */
  concernId: Scalars["ID"]["input"];
  /** The day of the meeting; not before the concern was raised, not in the future. */
  meetingOn: Scalars["Date"]["input"];
  /** Sets the responsible worker when the concern has none yet. */
  responsibleProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A review (arviointi) of a plan. */
export type RecordPlanReviewInput = {
  /** What changed, 1 to 2,000 characters. */
  changes: Scalars["String"]["input"];
  /** What was found, 1 to 2,000 characters. */
  findings: Scalars["String"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The plan's id. */
  planId: Scalars["ID"]["input"];
  /** The day of the review. */
  reviewedOn: Scalars["Date"]["input"];
};

/** Removes a client from a family. */
export type RemoveFamilyMemberInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** The family's id. */
  familyId: Scalars["ID"]["input"];
};

/** Ends a guardianship on a day. */
export type RemoveGuardianInput = {
  /** The minor's client id. */
  childClientId: Scalars["ID"]["input"];
  /** The guardian's client id. */
  guardianClientId: Scalars["ID"]["input"];
  /** The last day of the guardianship, not before it began. */
  until: Scalars["Date"]["input"];
};

/** Who is responsible for an agreement: exactly one of a professional and a family member. */
export type ResponsibleParty = {
  __typename?: "ResponsibleParty";
  /** The responsible family member (a client); null when a professional is. */
  familyMember: Maybe<Client>;
  /** The responsible professional; null when a family member is. */
  professional: Maybe<Professional>;
};

/** Who is responsible: exactly one of the two. */
export type ResponsiblePartyInput = {
  /** A member of the family (the client themself, or a member of one of their families). */
  familyMemberClientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** A professional's id. */
  professionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** The shared service plan (yhteinen palvelusuunnitelma, asiakassuunnitelma) of a client or a family. */
export type ServicePlan = {
  __typename?: "ServicePlan";
  /** The agreements, oldest first. */
  agreements: Array<Agreement>;
  /** The client whose plan it is; null for a family's plan. */
  client: Maybe<Client>;
  /** When the plan was created. */
  createdAt: Scalars["DateTime"]["output"];
  /** The family whose plan it is; null for one client's plan. */
  family: Maybe<Family>;
  /** The client's own best goals, in their words. */
  goals: Array<Scalars["String"]["output"]>;
  /** Who changed what and when, oldest first. */
  history: Array<PlanChange>;
  /** The plan's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Reviews, newest first. */
  reviews: Array<PlanReview>;
  /** When it last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Bumped by every change; pass it back as `expectedVersion` to update goals. */
  version: Scalars["Int"]["output"];
};

/** Marks an agreement done, not done or changed. */
export type SetAgreementStatusInput = {
  /** The agreement's id. */
  agreementId: Scalars["ID"]["input"];
  /** The new status. */
  status: AgreementStatus;
};

/** Opens a client relationship (asiakassuhde) of an organisation in a service task. */
export type StartClientRelationshipInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The organisation that starts serving the client. */
  organizationId: Scalars["ID"]["input"];
  /** The service task, a lower-case code such as `child_protection` or `family_social_work`. */
  serviceTask: Scalars["String"]["input"];
  /** The first day. */
  since: Scalars["Date"]["input"];
  /** The last day, not before `since`; omitted while open-ended. */
  until?: InputMaybe<Scalars["Date"]["input"]>;
};

/** A team (teams subgraph) handling a concern. */
export type Team = {
  __typename?: "Team";
  /** The team's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

/** Only the fields given change; `contact` replaces all contact details. */
export type UpdateClientInput = {
  /** Replaces every contact detail (category `contact`, action update); unchanged when omitted. */
  contact?: InputMaybe<ContactInput>;
  /** The new first name(s), 1 to 100 characters; unchanged when omitted. */
  firstName?: InputMaybe<Scalars["String"]["input"]>;
  /** Sets or lifts a non-disclosure order; unchanged when omitted. */
  hasNonDisclosureOrder?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The client's id. */
  id: Scalars["ID"]["input"];
  /** The new language code (ISO 639-1); unchanged when omitted. */
  language?: InputMaybe<Scalars["String"]["input"]>;
  /** The new last name, 1 to 100 characters; unchanged when omitted. */
  lastName?: InputMaybe<Scalars["String"]["input"]>;
};

/** Replaces a plan's goals, guarded against a concurrent change. */
export type UpdateServicePlanGoalsInput = {
  /** The plan's `version` as last read; CONFLICT when someone changed it since. */
  expectedVersion: Scalars["Int"]["input"];
  /** The new goals, replacing all: at most 20, each 1 to 1,000 characters. */
  goals: Array<Scalars["String"]["input"]>;
  /** The plan's id. */
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
  ClientDataCategory: ResolverTypeWrapper<
    "basic" | "contact" | "concerns" | "service_plan" | "team" | "consents" | "fit" | "access_log"
  >;
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
  DuplicateRegistration: ResolverTypeWrapper<DuplicateRegistrationMapper>;
  EndClientRelationshipInput: EndClientRelationshipInput;
  Family: ResolverTypeWrapper<FamilyMapper>;
  FamilyMember: ResolverTypeWrapper<FamilyMemberMapper>;
  FamilyMemberInput: FamilyMemberInput;
  FamilyMembership: ResolverTypeWrapper<FamilyMembershipMapper>;
  FamilyRelation: ResolverTypeWrapper<"GUARDIAN" | "PARENT" | "CHILD" | "SIBLING" | "SPOUSE" | "OTHER">;
  Guardianship: ResolverTypeWrapper<GuardianshipMapper>;
  MergeDuplicateRegistrationInput: MergeDuplicateRegistrationInput;
  MergeDuplicateRegistrationPayload: ResolverTypeWrapper<MergeDuplicateRegistrationPayloadMapper>;
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
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAgreementInput: AddAgreementInput;
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
  DuplicateRegistration: DuplicateRegistrationMapper;
  EndClientRelationshipInput: EndClientRelationshipInput;
  Family: FamilyMapper;
  FamilyMember: FamilyMemberMapper;
  FamilyMemberInput: FamilyMemberInput;
  FamilyMembership: FamilyMembershipMapper;
  Guardianship: GuardianshipMapper;
  MergeDuplicateRegistrationInput: MergeDuplicateRegistrationInput;
  MergeDuplicateRegistrationPayload: MergeDuplicateRegistrationPayloadMapper;
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
  String: Scalars["String"]["output"];
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

export type clientDataDirectiveArgs = {
  category: ClientDataCategory;
  clientId?: Maybe<Scalars["String"]["input"]>;
  familyId?: Maybe<Scalars["String"]["input"]>;
  noticeRaisedBy?: Maybe<Scalars["String"]["input"]>;
  serviceTask?: Maybe<Scalars["String"]["input"]>;
};

export type clientDataDirectiveResolver<
  Result,
  Parent,
  ContextType = ClientsContext,
  Args = clientDataDirectiveArgs,
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

export type ClientDataCategoryResolvers = EnumResolverSignature<
  { access_log?: any; basic?: any; concerns?: any; consents?: any; contact?: any; fit?: any; service_plan?: any; team?: any },
  ResolversTypes["ClientDataCategory"]
>;

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

export type DuplicateRegistrationResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["DuplicateRegistration"] = ResolversParentTypes["DuplicateRegistration"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  duplicateOf?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  duplicateOfClientId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
};

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

export type MergeDuplicateRegistrationPayloadResolvers<
  ContextType = ClientsContext,
  ParentType extends ResolversParentTypes["MergeDuplicateRegistrationPayload"] =
    ResolversParentTypes["MergeDuplicateRegistrationPayload"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  mergedClientId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
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
  mergeDuplicateRegistration?: Resolver<
    ResolversTypes["MergeDuplicateRegistrationPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationmergeDuplicateRegistrationArgs, "input">
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
  duplicateRegistrations?: Resolver<
    Array<ResolversTypes["DuplicateRegistration"]>,
    ParentType,
    ContextType,
    RequireFields<QueryduplicateRegistrationsArgs, "first">
  >;
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
  ClientDataCategory?: ClientDataCategoryResolvers;
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
  DuplicateRegistration?: DuplicateRegistrationResolvers<ContextType>;
  Family?: FamilyResolvers<ContextType>;
  FamilyMember?: FamilyMemberResolvers<ContextType>;
  FamilyMembership?: FamilyMembershipResolvers<ContextType>;
  FamilyRelation?: FamilyRelationResolvers;
  Guardianship?: GuardianshipResolvers<ContextType>;
  MergeDuplicateRegistrationPayload?: MergeDuplicateRegistrationPayloadResolvers<ContextType>;
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
  clientData?: clientDataDirectiveResolver<any, any, ContextType>;
};
