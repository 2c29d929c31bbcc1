import { LocalDate } from "@silta/kernel";
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import {
  AccessGrantMapper,
  AccessLogEntryMapper,
  BanMapper,
  ClientMapper,
  ConsentMapper,
  OrganizationMapper,
  ProfessionalMapper,
  StatutoryBasisMapper,
  TeamMapper,
} from "./consents.mappers";
import { ConsentsContext } from "../context";
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
  /** An instant, ISO 8601 with offset (`2026-11-23T10:15:00Z`). */
  DateTime: { input: Date | string; output: Date | string };
  _FieldSet: { input: unknown; output: unknown };
};

/** One line of "who may see what of a client today". */
export type AccessGrant = {
  __typename?: "AccessGrant";
  /** Categories this party may see today. */
  categories: Array<DataCategory>;
  /** The consents behind the grant (reason `consent`). */
  consentIds: Array<Scalars["ID"]["output"]>;
  /** Categories refused to this party today, with the reason in `deniedReason`. */
  deniedCategories: Array<DataCategory>;
  /** Why the denied categories are denied: `ban`, `no_consent` (the client's bans are in `Client.bans`). */
  deniedReason: Maybe<Scalars["String"]["output"]>;
  /** The organisation whose professionals the line is about. */
  organization: Maybe<Organization>;
  /** The professional, when the right is personal (responsible worker, team member). */
  professional: Maybe<Professional>;
  /** Why: `responsible_worker`, `team_member`, `client_relationship`, `consent`, `statutory_basis`. */
  reason: Scalars["String"]["output"];
  /** The statutory bases behind the grant (reason `statutory_basis`). */
  statutoryBasisIds: Array<Scalars["ID"]["output"]>;
  /** The team, when the right comes through team membership or a consent naming a team. */
  team: Maybe<Team>;
};

/** A page of a client's access log, newest first. */
export type AccessLogConnection = {
  __typename?: "AccessLogConnection";
  /** The entries of this page. */
  edges: Array<AccessLogEdge>;
  /** Whether and where the log goes on. */
  pageInfo: AccessLogPageInfo;
};

/** One entry of the access log with its place in the list. */
export type AccessLogEdge = {
  __typename?: "AccessLogEdge";
  /** Opaque; pass as `after` to continue after this entry. */
  cursor: Scalars["String"]["output"];
  /** The entry. */
  node: AccessLogEntry;
};

/** One entry of the access log: a read or change of a client's data, allowed or denied. */
export type AccessLogEntry = {
  __typename?: "AccessLogEntry";
  /** `read`, `create` or `update`. */
  action: Scalars["String"]["output"];
  /** When the decision was made. */
  at: Scalars["DateTime"]["output"];
  /** The basis of the decision (`consent`, `team_member`, `self`…) or the reason of a denial. */
  basis: Scalars["String"]["output"];
  /** `basic`, `service_plan`, … or `access_log` for a query of the log itself. */
  category: Scalars["String"]["output"];
  /** The consent that allowed it, when the basis is `consent`. */
  consentId: Maybe<Scalars["ID"]["output"]>;
  /** The viewer's organisation, for a professional. */
  organizationId: Maybe<Scalars["String"]["output"]>;
  /** `allowed` or `denied`. */
  outcome: Scalars["String"]["output"];
  /** The purpose the caller stated in the `x-silta-purpose` header; null when none was given. */
  purpose: Maybe<Scalars["String"]["output"]>;
  /** The client relationship (asiakassuhde) that allowed it, when the basis is `client_relationship`. */
  relationshipId: Maybe<Scalars["ID"]["output"]>;
  /** The gateway's request id, to find the request in the logs. */
  requestId: Scalars["String"]["output"];
  /** The viewer's roles at the time, e.g. `social_worker`. */
  roles: Array<Scalars["String"]["output"]>;
  /** The subgraph that asked. */
  source: Scalars["String"]["output"];
  /** The statutory basis that allowed it, when the basis is `statutory_basis`. */
  statutoryBasisId: Maybe<Scalars["ID"]["output"]>;
  /** The team through which it was allowed, when the basis is `team_member`. */
  teamId: Maybe<Scalars["ID"]["output"]>;
  /** Who asked: the professional's, client's or system's id. */
  viewerId: Scalars["String"]["output"];
  /** `professional`, `client` or `system`. */
  viewerKind: Scalars["String"]["output"];
};

/** Where a page of the access log ends. */
export type AccessLogPageInfo = {
  __typename?: "AccessLogPageInfo";
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor: Maybe<Scalars["String"]["output"]>;
  /** True when older entries follow. */
  hasNextPage: Scalars["Boolean"]["output"];
};

/** Who acts on the client's behalf. */
export type AgentKind =
  /** A person known to Silta as a client (a relative); `agentId` is their client id. */
  | "CLIENT"
  /** A professional (for example the responsible worker); `agentId` is their professional id. */
  | "PROFESSIONAL";

/** A client's ban (kielto) on disclosing their data. A ban wins over any consent. */
export type Ban = {
  __typename?: "Ban";
  /** Categories it covers; empty means all. */
  categories: Array<DataCategory>;
  /** The client who forbade the disclosure. */
  client: Client;
  /** When the client expressed the ban. */
  givenAt: Scalars["DateTime"]["output"];
  /** The ban's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** In force today and not lifted. */
  isActive: Scalars["Boolean"]["output"];
  /** What the ban forbids: categories, a service task's data, or disclosure to one organisation. */
  kind: BanKind;
  /** When it was lifted; null while in force. */
  liftedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** For ORGANIZATION: the organisation the data may not be disclosed to. */
  organization: Maybe<Organization>;
  /** Id of the viewer who recorded it. */
  recordedBy: Scalars["String"]["output"];
  /**
   * For SERVICE_TASK: the service task (palvelutehtävä) whose data may not be disclosed, e.g.
   * `child_protection`.
   */
  serviceTask: Maybe<Scalars["String"]["output"]>;
  /** The first day in force. */
  validFrom: Scalars["Date"]["output"];
  /** The last day in force; null means until lifted. */
  validUntil: Maybe<Scalars["Date"]["output"]>;
};

/** What a ban (kielto) forbids. */
export type BanKind =
  /** Sharing the listed data categories with anyone outside the county. */
  | "CATEGORY"
  /** Sharing with one organisation (the listed categories, or all when none are). */
  | "ORGANIZATION"
  /**
   * Sharing the data of one service task (palvelutehtävä). Until data is tagged by service task, it
   * blocks every category listed (all when none are) outside the county.
   */
  | "SERVICE_TASK";

/** A client (clients subgraph), with the consents and bans recorded for them here. */
export type Client = {
  __typename?: "Client";
  /** The client's bans, newest first, in force or not. Null with FORBIDDEN like `consents`. */
  bans: Maybe<Array<Ban>>;
  /**
   * The client's consents, newest given first, active or not. Null, with FORBIDDEN at its path, for a
   * viewer without a lawful basis to see them; the rest of the response is unaffected.
   */
  consents: Maybe<Array<Consent>>;
  /** The client's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
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

/**
 * A client's consent (suostumus): to share data categories with organisations or teams outside the
 * county, or to let someone act on their behalf (puolesta asiointi).
 */
export type Consent = {
  __typename?: "Consent";
  /** For ACTING_ON_BEHALF: who may act. */
  agentId: Maybe<Scalars["ID"]["output"]>;
  /** For ACTING_ON_BEHALF: whether `agentId` is a client or a professional. */
  agentKind: Maybe<AgentKind>;
  /** For ACTING_ON_BEHALF: what they may do. */
  allowedActions: Array<OnBehalfAction>;
  /** The data categories it covers (training is not client data). */
  categories: Array<DataCategory>;
  /** The client whose data the consent is about. */
  client: Client;
  /** Reference to the signed document or electronic record that proves it (asiakirjaviite). */
  evidenceReference: Maybe<Scalars["String"]["output"]>;
  /** Written, electronic or oral. */
  form: ConsentForm;
  /** When the client (or guardian) gave it. */
  givenAt: Scalars["DateTime"]["output"];
  /** Who gave it: the client, a guardian of a minor, or a court-appointed guardian. */
  givenBy: ConsentGiver;
  /** The guardian who gave the consent, when not the client themself. */
  givenByClient: Maybe<Client>;
  /** The consent's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Valid today (in the county's time zone) and not revoked. */
  isActive: Scalars["Boolean"]["output"];
  /** Sharing data, or acting on the client's behalf. */
  kind: ConsentKind;
  /**
   * What the data may be used for, as agreed with the client, e.g. "Multidisciplinary client team work
   * with the school". Logged with every decision it grants.
   */
  purpose: Scalars["String"]["output"];
  /**
   * The first recipient organisation. Deprecated: a consent may name several.
   * @deprecated Use recipientOrganizations.
   */
  recipientOrganization: Maybe<Organization>;
  /** Organisations the data may be disclosed to. */
  recipientOrganizations: Array<Organization>;
  /** Teams whose members may receive the data, whatever their organisation. */
  recipientTeams: Array<Team>;
  /** Id of the professional (or client) who recorded it. */
  recordedBy: Scalars["String"]["output"];
  /** When it was revoked; null while in force. A revoked consent grants nothing from that instant on. */
  revokedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The first valid day (Finnish calendar day). */
  validFrom: Scalars["Date"]["output"];
  /** The last valid day; none means until revoked. */
  validUntil: Maybe<Scalars["Date"]["output"]>;
};

/** How the consent was given. */
export type ConsentForm =
  /** Given electronically (e.g. in an e-service); `evidenceReference` names the record. */
  | "ELECTRONIC"
  /** Oral: `recordedBy` is who heard and recorded it. */
  | "ORAL"
  /** On paper, signed; `evidenceReference` names the document. */
  | "WRITTEN";

/** Who gave the consent. */
export type ConsentGiver =
  /** The client themself. */
  | "CLIENT"
  /** The guardian (huoltaja) of a minor client. */
  | "GUARDIAN"
  /** A court-appointed guardian (edunvalvoja) of a client under guardianship. */
  | "LEGAL_GUARDIAN";

/** What a consent lets happen. */
export type ConsentKind =
  /** Acting on the client's behalf (puolesta asiointi), by a named person for named actions. */
  | "ACTING_ON_BEHALF"
  /** Sharing the client's data between the organisations of the client's team (tietojen luovutus). */
  | "SHARING";

/** Categories of client data that access decisions and consents are made for. */
export type DataCategory =
  /** Basic details (perustiedot): name, birth date, language, identity code, controller organisation, relationships, families and guardians. */
  | "BASIC"
  /** Concerns (huolet) raised about the client and the reactions to them. */
  | "CONCERNS"
  /** The client's consents, bans and statutory bases themselves. */
  | "CONSENTS"
  /**
   * Contact details: address, phone, email (yhteystiedot). Never shown under a non-disclosure order
   * (turvakielto).
   */
  | "CONTACT"
  /** FIT measurements: episodes, sessions, ORS/SRS scores. */
  | "FIT"
  /** The shared service plan (yhteinen palvelusuunnitelma): goals and agreements. */
  | "SERVICE_PLAN"
  /** The client's team: teams, responsible worker, meetings. */
  | "TEAM";

export type Mutation = {
  __typename?: "Mutation";
  /** Ends a statutory basis at once; the record is kept. */
  endStatutoryBasis: StatutoryBasis;
  /** Lifts a ban at once; the record is kept. */
  liftBan: Ban;
  /** Records a ban (kielto). A ban wins over any consent. */
  recordBan: Ban;
  /**
   * Records a consent given by the client or their guardian. Sending the same `id` again returns the
   * recorded consent when it matches, CONFLICT when it differs.
   */
  recordConsent: Consent;
  /**
   * Records a statutory basis for disclosure without consent; only a professional of the county (the
   * controller) may record one.
   */
  recordStatutoryBasis: StatutoryBasis;
  /** Revokes a consent (suostumuksen peruutus): effective at once in every decision; the record is kept. */
  revokeConsent: Consent;
};

export type MutationendStatutoryBasisArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationliftBanArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationrecordBanArgs = {
  input: RecordBanInput;
};

export type MutationrecordConsentArgs = {
  input: RecordConsentInput;
};

export type MutationrecordStatutoryBasisArgs = {
  input: RecordStatutoryBasisInput;
};

export type MutationrevokeConsentArgs = {
  id: Scalars["ID"]["input"];
};

/** Actions an authorisation to act on behalf may allow. */
export type OnBehalfAction =
  /** Apply for services and benefits for the client. */
  | "APPLY_FOR_SERVICES"
  /** Take part in the client's meetings in their stead. */
  | "ATTEND_MEETINGS"
  /** Deal with authorities for the client (asiointi viranomaisten kanssa). */
  | "COMMUNICATE_WITH_AUTHORITIES"
  /** Receive the decisions made about the client. */
  | "RECEIVE_DECISIONS"
  /** See the client's data, the categories of the authorisation. */
  | "VIEW_DATA";

/**
 * An organisation (teams subgraph): a recipient of consents and statutory bases, or the subject of a
 * ban.
 */
export type Organization = {
  __typename?: "Organization";
  /** The organisation's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

/** A professional (teams subgraph) who has a right to a client's data. */
export type Professional = {
  __typename?: "Professional";
  /** The professional's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
};

export type Query = {
  __typename?: "Query";
  /**
   * Who read or changed a client's data and on what basis (käyttöloki), newest first; by default the last
   * 2 years. The client themself (or their guardian) and a data protection officer may ask; the query is
   * logged too.
   */
  accessLog: Maybe<AccessLogConnection>;
  /**
   * Who may see what of a client today, with the reason for each: the responsible worker, the members of
   * the teams working with the client, organisations with an active client relationship, and, for those
   * outside the county, the consents, statutory bases and bans that decide it.
   */
  clientAccessOverview: Maybe<Array<AccessGrant>>;
  /** A client's bans (kiellot) valid on `validOn` (default today), or all of them with `includeInactive`. */
  clientBans: Maybe<Array<Ban>>;
  /**
   * A client's consents (suostumukset): those valid on `validOn` (default today in the county), or all of
   * them, revoked and expired included, when `includeInactive` is true. Newest given first. Like every
   * query of one client's data here, null with `FORBIDDEN` at its path when the viewer may not see it.
   */
  clientConsents: Maybe<Array<Consent>>;
  /**
   * Consents not revoked whose last valid day falls within the next `withinDays` days (0–365), soonest
   * first, of the clients whose consents the viewer may see: the first `first` (default 100, at most
   * 500) of those. At most 2000 consents are examined per request; beyond that the answer is
   * `BAD_USER_INPUT` (`too_broad`): ask for fewer days.
   */
  consentsExpiring: Array<Consent>;
};

export type QueryaccessLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  clientId: Scalars["ID"]["input"];
  first?: InputMaybe<Scalars["Int"]["input"]>;
  from?: InputMaybe<Scalars["DateTime"]["input"]>;
  to?: InputMaybe<Scalars["DateTime"]["input"]>;
};

export type QueryclientAccessOverviewArgs = {
  clientId: Scalars["ID"]["input"];
};

export type QueryclientBansArgs = {
  clientId: Scalars["ID"]["input"];
  includeInactive?: InputMaybe<Scalars["Boolean"]["input"]>;
  validOn?: InputMaybe<Scalars["Date"]["input"]>;
};

export type QueryclientConsentsArgs = {
  clientId: Scalars["ID"]["input"];
  includeInactive?: InputMaybe<Scalars["Boolean"]["input"]>;
  validOn?: InputMaybe<Scalars["Date"]["input"]>;
};

export type QueryconsentsExpiringArgs = {
  first?: InputMaybe<Scalars["Int"]["input"]>;
  withinDays: Scalars["Int"]["input"];
};

/**
 * A ban (kielto) the client expressed. Needs the right to create the client's consents data (category
 * consents).
 */
export type RecordBanInput = {
  /** The categories covered; at least one for CATEGORY; empty or omitted means all for the other kinds. */
  categories?: InputMaybe<Array<DataCategory>>;
  /** The client who forbids the disclosure. */
  clientId: Scalars["ID"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** What is forbidden. */
  kind: BanKind;
  /** Required for ORGANIZATION. */
  organizationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Why, as the client put it, at most 500 characters; kept with the ban, not returned by the API. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** Required for SERVICE_TASK. */
  serviceTask?: InputMaybe<Scalars["String"]["input"]>;
  /** The first day in force; default today. */
  validFrom?: InputMaybe<Scalars["Date"]["input"]>;
  /** The last day in force, not before `validFrom`; omitted means until lifted. */
  validUntil?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * A consent given by a client or their guardian. Needs the right to create the client's consents data
 * (category consents).
 */
export type RecordConsentInput = {
  /** ACTING_ON_BEHALF: the person who may act, and what they may do. */
  agentId?: InputMaybe<Scalars["ID"]["input"]>;
  /** ACTING_ON_BEHALF: whether `agentId` is a client or a professional. */
  agentKind?: InputMaybe<AgentKind>;
  /** ACTING_ON_BEHALF: the actions allowed, at least one. */
  allowedActions?: InputMaybe<Array<OnBehalfAction>>;
  /** The data categories covered; at least one. */
  categories: Array<DataCategory>;
  /** The client the consent is about. */
  clientId: Scalars["ID"]["input"];
  /** Required for WRITTEN and ELECTRONIC consents. */
  evidenceReference?: InputMaybe<Scalars["String"]["input"]>;
  /** How it was given; WRITTEN and ELECTRONIC need `evidenceReference`. */
  form: ConsentForm;
  /** When the client gave it; default now. */
  givenAt?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** Who gave it; default the client. */
  givenBy?: ConsentGiver;
  /** Required when `givenBy` is GUARDIAN or LEGAL_GUARDIAN. */
  givenByClientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** SHARING (default) or ACTING_ON_BEHALF. */
  kind?: ConsentKind;
  /** What the data may be used for, 1 to 500 characters. */
  purpose: Scalars["String"]["input"];
  /** SHARING: at least one organisation or team. */
  recipientOrganizationIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /**
   * SHARING: teams whose members may receive the data, whatever their organisation. ACTING_ON_BEHALF:
   * none.
   */
  recipientTeamIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The first valid day. */
  validFrom: Scalars["Date"]["input"];
  /**
   * The last valid day, not before `validFrom`; required for ACTING_ON_BEHALF, omitted for a sharing
   * consent valid until revoked.
   */
  validUntil?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * A statutory basis for disclosure without consent. Only a professional of the county (the controller)
 * may record one.
 */
export type RecordStatutoryBasisInput = {
  /** The data categories covered; at least one. */
  categories: Array<DataCategory>;
  /** The client whose data may be disclosed. */
  clientId: Scalars["ID"]["input"];
  /** Client-chosen UUID for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The provision of law, e.g. `Lastensuojelulaki 417/2007 25 §`, 1 to 500 characters. */
  legalReference: Scalars["String"]["input"];
  /** The recipient organisation outside the county. */
  recipientOrganizationId: Scalars["ID"]["input"];
  /** The first valid day. */
  validFrom: Scalars["Date"]["input"];
  /** The last valid day, not before `validFrom`; omitted means until ended. */
  validUntil?: InputMaybe<Scalars["Date"]["input"]>;
};

/**
 * A statutory basis (lakiperuste) for disclosing data without consent, recorded for one client by a
 * professional of the controller.
 */
export type StatutoryBasis = {
  __typename?: "StatutoryBasis";
  /** The data categories it covers. */
  categories: Array<DataCategory>;
  /** The client whose data may be disclosed. */
  client: Client;
  /** When it was ended; null while in force. */
  endedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The statutory basis's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Valid today (in the county's time zone) and not ended. */
  isActive: Scalars["Boolean"]["output"];
  /** The provision of law, e.g. `Lastensuojelulaki 417/2007 25 §`. */
  legalReference: Scalars["String"]["output"];
  /** The organisation outside the county that may receive the data. */
  recipientOrganization: Organization;
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** Id of the professional of the county who recorded it. */
  recordedBy: Scalars["String"]["output"];
  /** The first valid day. */
  validFrom: Scalars["Date"]["output"];
  /** The last valid day; null means until ended. */
  validUntil: Maybe<Scalars["Date"]["output"]>;
};

/** A team (teams subgraph) named as a recipient of a consent. */
export type Team = {
  __typename?: "Team";
  /** The team's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessGrant: ResolverTypeWrapper<AccessGrantMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  AccessLogConnection: ResolverTypeWrapper<
    Omit<AccessLogConnection, "edges"> & { edges: Array<ResolversTypes["AccessLogEdge"]> }
  >;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, "node"> & { node: ResolversTypes["AccessLogEntry"] }>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntryMapper>;
  AccessLogPageInfo: ResolverTypeWrapper<AccessLogPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  AgentKind: ResolverTypeWrapper<"CLIENT" | "PROFESSIONAL">;
  Ban: ResolverTypeWrapper<BanMapper>;
  BanKind: ResolverTypeWrapper<"CATEGORY" | "SERVICE_TASK" | "ORGANIZATION">;
  Client: ResolverTypeWrapper<ClientMapper>;
  ClientDataCategory: ResolverTypeWrapper<
    "basic" | "contact" | "concerns" | "service_plan" | "team" | "consents" | "fit" | "access_log"
  >;
  Consent: ResolverTypeWrapper<ConsentMapper>;
  ConsentForm: ResolverTypeWrapper<"WRITTEN" | "ELECTRONIC" | "ORAL">;
  ConsentGiver: ResolverTypeWrapper<"CLIENT" | "GUARDIAN" | "LEGAL_GUARDIAN">;
  ConsentKind: ResolverTypeWrapper<"SHARING" | "ACTING_ON_BEHALF">;
  DataCategory: ResolverTypeWrapper<"BASIC" | "CONTACT" | "CONCERNS" | "SERVICE_PLAN" | "TEAM" | "CONSENTS" | "FIT">;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnBehalfAction: ResolverTypeWrapper<
    "APPLY_FOR_SERVICES" | "ATTEND_MEETINGS" | "RECEIVE_DECISIONS" | "VIEW_DATA" | "COMMUNICATE_WITH_AUTHORITIES"
  >;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordBanInput: RecordBanInput;
  RecordConsentInput: RecordConsentInput;
  RecordStatutoryBasisInput: RecordStatutoryBasisInput;
  StatutoryBasis: ResolverTypeWrapper<StatutoryBasisMapper>;
  Team: ResolverTypeWrapper<TeamMapper>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessGrant: AccessGrantMapper;
  ID: Scalars["ID"]["output"];
  AccessLogConnection: Omit<AccessLogConnection, "edges"> & { edges: Array<ResolversParentTypes["AccessLogEdge"]> };
  AccessLogEdge: Omit<AccessLogEdge, "node"> & { node: ResolversParentTypes["AccessLogEntry"] };
  AccessLogEntry: AccessLogEntryMapper;
  AccessLogPageInfo: AccessLogPageInfo;
  Boolean: Scalars["Boolean"]["output"];
  Ban: BanMapper;
  Client: ClientMapper;
  Consent: ConsentMapper;
  Date: Scalars["Date"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  Professional: ProfessionalMapper;
  Query: Record<PropertyKey, never>;
  RecordBanInput: RecordBanInput;
  RecordConsentInput: RecordConsentInput;
  RecordStatutoryBasisInput: RecordStatutoryBasisInput;
  StatutoryBasis: StatutoryBasisMapper;
  Team: TeamMapper;
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
  ContextType = ConsentsContext,
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
  ContextType = ConsentsContext,
  Args = clientDataDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessGrantResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["AccessGrant"] = ResolversParentTypes["AccessGrant"],
> = {
  categories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  consentIds?: Resolver<Array<ResolversTypes["ID"]>, ParentType, ContextType>;
  deniedCategories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  deniedReason?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes["Organization"]>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  statutoryBasisIds?: Resolver<Array<ResolversTypes["ID"]>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType>;
};

export type AccessLogConnectionResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["AccessLogConnection"] = ResolversParentTypes["AccessLogConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["AccessLogEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["AccessLogPageInfo"], ParentType, ContextType>;
};

export type AccessLogEdgeResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["AccessLogEdge"] = ResolversParentTypes["AccessLogEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["AccessLogEntry"], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["AccessLogEntry"] = ResolversParentTypes["AccessLogEntry"],
> = {
  action?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  at?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  category?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  consentId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  relationshipId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  statutoryBasisId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  viewerKind?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type AccessLogPageInfoResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["AccessLogPageInfo"] = ResolversParentTypes["AccessLogPageInfo"],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type AgentKindResolvers = EnumResolverSignature<{ CLIENT?: any; PROFESSIONAL?: any }, ResolversTypes["AgentKind"]>;

export type BanResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Ban"] = ResolversParentTypes["Ban"],
> = {
  categories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["BanKind"], ParentType, ContextType>;
  liftedAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes["Organization"]>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  serviceTask?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type BanKindResolvers = EnumResolverSignature<
  { CATEGORY?: any; ORGANIZATION?: any; SERVICE_TASK?: any },
  ResolversTypes["BanKind"]
>;

export type ClientResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  bans?: Resolver<Maybe<Array<ResolversTypes["Ban"]>>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes["Consent"]>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type ClientDataCategoryResolvers = EnumResolverSignature<
  { access_log?: any; basic?: any; concerns?: any; consents?: any; contact?: any; fit?: any; service_plan?: any; team?: any },
  ResolversTypes["ClientDataCategory"]
>;

export type ConsentResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Consent"] = ResolversParentTypes["Consent"],
> = {
  agentId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  agentKind?: Resolver<Maybe<ResolversTypes["AgentKind"]>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes["OnBehalfAction"]>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  evidenceReference?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes["ConsentForm"], ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes["ConsentGiver"], ParentType, ContextType>;
  givenByClient?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["ConsentKind"], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  recipientOrganization?: Resolver<Maybe<ResolversTypes["Organization"]>, ParentType, ContextType>;
  recipientOrganizations?: Resolver<Array<ResolversTypes["Organization"]>, ParentType, ContextType>;
  recipientTeams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type ConsentFormResolvers = EnumResolverSignature<
  { ELECTRONIC?: any; ORAL?: any; WRITTEN?: any },
  ResolversTypes["ConsentForm"]
>;

export type ConsentGiverResolvers = EnumResolverSignature<
  { CLIENT?: any; GUARDIAN?: any; LEGAL_GUARDIAN?: any },
  ResolversTypes["ConsentGiver"]
>;

export type ConsentKindResolvers = EnumResolverSignature<
  { ACTING_ON_BEHALF?: any; SHARING?: any },
  ResolversTypes["ConsentKind"]
>;

export type DataCategoryResolvers = EnumResolverSignature<
  { BASIC?: any; CONCERNS?: any; CONSENTS?: any; CONTACT?: any; FIT?: any; SERVICE_PLAN?: any; TEAM?: any },
  ResolversTypes["DataCategory"]
>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export type MutationResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  endStatutoryBasis?: Resolver<
    ResolversTypes["StatutoryBasis"],
    ParentType,
    ContextType,
    RequireFields<MutationendStatutoryBasisArgs, "id">
  >;
  liftBan?: Resolver<ResolversTypes["Ban"], ParentType, ContextType, RequireFields<MutationliftBanArgs, "id">>;
  recordBan?: Resolver<ResolversTypes["Ban"], ParentType, ContextType, RequireFields<MutationrecordBanArgs, "input">>;
  recordConsent?: Resolver<ResolversTypes["Consent"], ParentType, ContextType, RequireFields<MutationrecordConsentArgs, "input">>;
  recordStatutoryBasis?: Resolver<
    ResolversTypes["StatutoryBasis"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordStatutoryBasisArgs, "input">
  >;
  revokeConsent?: Resolver<ResolversTypes["Consent"], ParentType, ContextType, RequireFields<MutationrevokeConsentArgs, "id">>;
};

export type OnBehalfActionResolvers = EnumResolverSignature<
  {
    APPLY_FOR_SERVICES?: any;
    ATTEND_MEETINGS?: any;
    COMMUNICATE_WITH_AUTHORITIES?: any;
    RECEIVE_DECISIONS?: any;
    VIEW_DATA?: any;
  },
  ResolversTypes["OnBehalfAction"]
>;

export type OrganizationResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type ProfessionalResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  accessLog?: Resolver<
    Maybe<ResolversTypes["AccessLogConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryaccessLogArgs, "clientId">
  >;
  clientAccessOverview?: Resolver<
    Maybe<Array<ResolversTypes["AccessGrant"]>>,
    ParentType,
    ContextType,
    RequireFields<QueryclientAccessOverviewArgs, "clientId">
  >;
  clientBans?: Resolver<
    Maybe<Array<ResolversTypes["Ban"]>>,
    ParentType,
    ContextType,
    RequireFields<QueryclientBansArgs, "clientId" | "includeInactive">
  >;
  clientConsents?: Resolver<
    Maybe<Array<ResolversTypes["Consent"]>>,
    ParentType,
    ContextType,
    RequireFields<QueryclientConsentsArgs, "clientId" | "includeInactive">
  >;
  consentsExpiring?: Resolver<
    Array<ResolversTypes["Consent"]>,
    ParentType,
    ContextType,
    RequireFields<QueryconsentsExpiringArgs, "first" | "withinDays">
  >;
};

export type StatutoryBasisResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["StatutoryBasis"] = ResolversParentTypes["StatutoryBasis"],
> = {
  categories?: Resolver<Array<ResolversTypes["DataCategory"]>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  legalReference?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  recipientOrganization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = ConsentsContext,
  ParentType extends ResolversParentTypes["Team"] = ResolversParentTypes["Team"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type Resolvers<ContextType = ConsentsContext> = {
  AccessGrant?: AccessGrantResolvers<ContextType>;
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPageInfo?: AccessLogPageInfoResolvers<ContextType>;
  AgentKind?: AgentKindResolvers;
  Ban?: BanResolvers<ContextType>;
  BanKind?: BanKindResolvers;
  Client?: ClientResolvers<ContextType>;
  ClientDataCategory?: ClientDataCategoryResolvers;
  Consent?: ConsentResolvers<ContextType>;
  ConsentForm?: ConsentFormResolvers;
  ConsentGiver?: ConsentGiverResolvers;
  ConsentKind?: ConsentKindResolvers;
  DataCategory?: DataCategoryResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OnBehalfAction?: OnBehalfActionResolvers;
  Organization?: OrganizationResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StatutoryBasis?: StatutoryBasisResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ConsentsContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
  clientData?: clientDataDirectiveResolver<any, any, ContextType>;
};
