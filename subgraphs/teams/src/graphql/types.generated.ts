import { LocalDate } from "@silta/kernel";
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import {
  ClientMapper,
  ClientTeamMemberMapper,
  MeetingMapper,
  MeetingFamilyMemberMapper,
  OrganizationMapper,
  ProfessionalMapper,
  ResponsibleWorkerPeriodMapper,
  TeamMapper,
  TeamMemberMapper,
} from "./teams.mappers";
import { TeamsContext } from "../context";
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

/** Links a client to a team that works with them. */
export type AddClientToTeamInput = {
  /** The client's id (clients subgraph). */
  clientId: Scalars["ID"]["input"];
  /**
   * The first day the team works with the client; its members may read the client's data from this day
   * on.
   */
  since: Scalars["Date"]["input"];
  /** The team's id. */
  teamId: Scalars["ID"]["input"];
};

/** A professional joining a team for a period. */
export type AddTeamMemberInput = {
  /** Client-chosen UUID of the membership, for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The professional's id; they must be active. */
  professionalId: Scalars["ID"]["input"];
  /**
   * A short lowercase code (2 to 40 letters or `_`), e.g. `member`, `coordinator`, `chair`,
   * `secretary`, `consultant`.
   */
  role: Scalars["String"]["input"];
  /** The first day of membership. */
  since: Scalars["Date"]["input"];
  /** The team's id. */
  teamId: Scalars["ID"]["input"];
  /** The last day of membership, not before `since`; omitted while open-ended. */
  until?: InputMaybe<Scalars["Date"]["input"]>;
};

/** Makes a professional a client's responsible worker from a given day. */
export type AssignResponsibleWorkerInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** The new responsible worker's id; they must be active. */
  professionalId: Scalars["ID"]["input"];
  /** The first day of responsibility; the previous responsible worker's period ends the day before. */
  since: Scalars["Date"]["input"];
};

/** A scheduled meeting that will not be held. */
export type CancelMeetingInput = {
  /** The scheduled meeting's id. */
  meetingId: Scalars["ID"]["input"];
  /** Why it is cancelled, 1 to 500 characters (shown to the client's team). */
  reason: Scalars["String"]["input"];
};

/**
 * The client's team (category `team`). Each field is null with `FORBIDDEN` at its path when the viewer
 * may not see it, so a denial leaves the client and the rest of the response intact.
 */
export type Client = {
  __typename?: "Client";
  /** The client's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /**
   * Network meetings and joint meetings of the client, scheduled, held and cancelled, newest first (by
   * their day).
   */
  meetings: Maybe<Array<Meeting>>;
  /** The client's current responsible worker (vastuutyöntekijä), or null when there is none. */
  responsibleWorker: Maybe<Professional>;
  /** Every responsible worker the client has had, newest first. */
  responsibleWorkerHistory: Maybe<Array<ResponsibleWorkerPeriod>>;
  /**
   * The client's own team today: the professionals working with the client, the responsible worker
   * first.
   */
  teamMembers: Maybe<Array<ClientTeamMember>>;
  /** The teams that work with this client now. */
  teams: Maybe<Array<Team>>;
};

/**
 * The client's team (category `team`). Each field is null with `FORBIDDEN` at its path when the viewer
 * may not see it, so a denial leaves the client and the rest of the response intact.
 */
export type ClientmeetingsArgs = {
  kind?: InputMaybe<MeetingKind>;
  status?: InputMaybe<MeetingStatus>;
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
 * A page of a team's or a professional's clients. Clients the viewer may not see are left out before
 * paging: they are not counted, not shown and never a cursor's position.
 */
export type ClientListConnection = {
  __typename?: "ClientListConnection";
  /** The clients of this page, in client id order. */
  edges: Array<ClientListEdge>;
  /** Whether more clients follow, and the cursor to continue after. */
  pageInfo: TeamsPageInfo;
};

/** One client of a page, with its place in the list. */
export type ClientListEdge = {
  __typename?: "ClientListEdge";
  /** Opaque and bound to the viewer; pass it as `after` to continue after this client. */
  cursor: Scalars["String"]["output"];
  /** The client (a reference: its fields come from the subgraphs that own them, under their own access rules). */
  node: Client;
};

/**
 * A professional of the client's own team ("my team"): a current member of a team working with the
 * client, or the client's responsible worker.
 */
export type ClientTeamMember = {
  __typename?: "ClientTeamMember";
  /** True when the professional is the client's current responsible worker (vastuutyöntekijä). */
  isResponsibleWorker: Scalars["Boolean"]["output"];
  /** The professional. */
  professional: Professional;
  /**
   * The teams through which the professional works with the client (empty for a responsible worker
   * who is on none of them).
   */
  teams: Array<Team>;
};

/**
 * A new organisation. Kept by managers and administrators (roles `manager`, `administrator`) or a
 * system with `teams:write`.
 */
export type CreateOrganizationInput = {
  /** Y-tunnus `NNNNNNN-C`; its check digit is verified. */
  businessId?: InputMaybe<Scalars["String"]["input"]>;
  /** Client-chosen UUID: sending the same create again returns the organisation instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * True for the county's own organisations (purchased services included): sharing with them is not a
   * disclosure.
   */
  isCountyOrganization: Scalars["Boolean"]["input"];
  /** The name, 1 to 200 characters after trimming. */
  name: Scalars["String"]["input"];
  /** Which kind of organisation, or which of the county's service tasks. */
  type: OrganizationType;
};

/**
 * A new professional in the directory. Kept by managers and administrators or a system with
 * `teams:write`.
 */
export type CreateProfessionalInput = {
  /** Default true. */
  active?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** First name(s), 1 to 200 characters. */
  firstName: Scalars["String"]["input"];
  /** Client-chosen UUID: sending the same create again returns the professional instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** Last name, 1 to 200 characters. */
  lastName: Scalars["String"]["input"];
  /** The employing organisation's id; it must exist. */
  organizationId: Scalars["ID"]["input"];
  /** The profession, e.g. `social worker` or `school curator`, 1 to 200 characters. */
  profession: Scalars["String"]["input"];
  /** The unit (yksikkö) within the organisation; blank or omitted means none. */
  unit?: InputMaybe<Scalars["String"]["input"]>;
  /** The work email address (rule `email`); blank or omitted means none. */
  workEmail?: InputMaybe<Scalars["String"]["input"]>;
  /**
   * The work phone, digits with an optional leading `+` and spaces, brackets or dashes (rule `phone`),
   * e.g. `+358 40 123 4567`; blank or omitted means none.
   */
  workPhone?: InputMaybe<Scalars["String"]["input"]>;
};

/** A new team. Kept by managers and administrators or a system with `teams:write`. */
export type CreateTeamInput = {
  /** Client-chosen UUID: sending the same create again returns the team instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** What the team is for. */
  kind: TeamKind;
  /** The team's name, 1 to 200 characters. */
  name: Scalars["String"]["input"];
};

/** Ends a membership on a given day. */
export type EndTeamMembershipInput = {
  /** The membership's id (`TeamMember.id`). */
  membershipId: Scalars["ID"]["input"];
  /** The last day of membership. */
  until: Scalars["Date"]["input"];
};

/**
 * A network meeting (verkostopalaveri) or joint meeting (yhteistapaaminen) of a client: held, or for a
 * network meeting also scheduled ahead and then recorded as held or cancelled.
 */
export type Meeting = {
  __typename?: "Meeting";
  /** Ids of the service plan agreements (clients subgraph) made or followed up in the meeting. */
  agreementIds: Array<Scalars["ID"]["output"]>;
  /** Why a scheduled meeting was cancelled; null unless CANCELLED. */
  cancellationReason: Maybe<Scalars["String"]["output"]>;
  /** The client whose meeting it was. */
  client: Client;
  /** The outside facilitator of a network meeting; null for a joint meeting. */
  facilitator: Maybe<Professional>;
  /** The family members who took part, by relation; the client themself as CLIENT. */
  familyMembers: Array<MeetingFamilyMember>;
  /**
   * The day of the meeting (Finnish calendar day): the day it was held, or for a scheduled or cancelled
   * meeting the day it was scheduled for.
   */
  heldOn: Scalars["Date"]["output"];
  /** The meeting's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** Network meeting (verkostopalaveri) or joint meeting (yhteistapaaminen). */
  kind: MeetingKind;
  /** What the meeting agreed or found, written when a scheduled meeting was recorded as held. */
  outcome: Maybe<Scalars["String"]["output"]>;
  /** Where the meeting is held (a place's name or address), when it was scheduled with one. */
  place: Maybe<Scalars["String"]["output"]>;
  /** The professionals who took part (the facilitator not repeated). */
  professionals: Array<Professional>;
  /** When the meeting was scheduled to begin; null for a meeting recorded as held without being scheduled. */
  startsAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Scheduled, held or cancelled. */
  status: MeetingStatus;
  /** The https link of a video meeting, when it was scheduled with one. */
  videoLink: Maybe<Scalars["String"]["output"]>;
};

/** A family member who took part in a meeting. */
export type MeetingFamilyMember = {
  __typename?: "MeetingFamilyMember";
  /** The family member as a client of the county, when they are one. */
  client: Maybe<Client>;
  /** How they are related to the client. */
  relation: MeetingRelation;
};

/** A family member who took part in a meeting, by relation only: no names are kept. */
export type MeetingFamilyMemberInput = {
  /** The family member's client id, when they are a client. */
  clientId?: InputMaybe<Scalars["ID"]["input"]>;
  /** How they are related to the client; CLIENT for the client themself. */
  relation: MeetingRelation;
};

/** Which kind of meeting was held with a client. */
export type MeetingKind =
  /** Yhteistapaaminen: at least the responsible worker and the client. */
  | "JOINT_MEETING"
  /** Verkostopalaveri: the client's network, led by a facilitator from outside the client's team. */
  | "NETWORK_MEETING";

/** How a family member taking part in a meeting is related to the client. No names are kept. */
export type MeetingRelation =
  /** The client themself. */
  | "CLIENT"
  /** A foster parent (sijaisvanhempi). */
  | "FOSTER_PARENT"
  /** A grandparent (isovanhempi). */
  | "GRANDPARENT"
  /** A guardian (huoltaja) who is not a parent. */
  | "GUARDIAN"
  /** Someone close to the client who is not a relative, e.g. a friend or support person (läheinen). */
  | "OTHER"
  /** Another relative (muu sukulainen). */
  | "OTHER_RELATIVE"
  /** A parent (vanhempi). */
  | "PARENT"
  /** A brother or sister (sisarus). */
  | "SIBLING"
  /** A spouse or partner (puoliso). */
  | "SPOUSE";

/** Where a meeting stands: scheduled for a time ahead, held, or cancelled before it was held. */
export type MeetingStatus =
  /** Cancelled (peruttu) before it was held; `cancellationReason` says why. */
  | "CANCELLED"
  /** Held (pidetty): recorded as held, directly or after it was scheduled. */
  | "HELD"
  /** Scheduled (sovittu) for `startsAt` and not yet recorded as held or cancelled. */
  | "SCHEDULED";

export type Mutation = {
  __typename?: "Mutation";
  /** Links a client to a team that works with them (client data, category team). */
  addClientToTeam: Team;
  /**
   * Adds a professional to a team for a period; the membership counts in access decisions while it
   * lasts.
   */
  addTeamMember: TeamMember;
  /**
   * Makes a professional the client's responsible worker, handing over from the previous one; the
   * history is kept.
   */
  assignResponsibleWorker: ResponsibleWorkerPeriod;
  /**
   * Cancels a scheduled meeting (category team, action update). Cancelling it again returns it; a held
   * meeting is CONFLICT. Publishes `meeting.cancelled`. Takes an Idempotency-Key.
   */
  cancelMeeting: Meeting;
  /** Adds an organisation to the directory (roles `manager`, `administrator`, or scope `teams:write`). */
  createOrganization: Organization;
  /** Adds a professional to the directory (roles `manager`, `administrator`, or scope `teams:write`). */
  createProfessional: Professional;
  /** Creates a team (roles `manager`, `administrator`, or scope `teams:write`). */
  createTeam: Team;
  /**
   * Ends a membership on `until`; from the next day the professional no longer reads the team's
   * clients through it.
   */
  endTeamMembership: TeamMember;
  /** Records a joint meeting of a client (client data, category team, action create). */
  recordJointMeeting: Meeting;
  /**
   * Records a scheduled meeting as held, with its outcome (category team, action update). Recording it
   * again with the same outcome returns it; another outcome, or a cancelled meeting, is CONFLICT.
   * Publishes `meeting.held`. Takes an Idempotency-Key.
   */
  recordMeetingHeld: Meeting;
  /** Records a network meeting of a client (client data, category team, action create). */
  recordNetworkMeeting: Meeting;
  /**
   * Ends a team's work with a client on `until` (client data, category team); the team's members lose
   * access through it the next day.
   */
  removeClientFromTeam: Team;
  /**
   * Schedules a network meeting of a client ahead, with its outside facilitator, place or video link and
   * who is invited (client data, category team, action create: whoever may record a meeting for the
   * client). Publishes `meeting.scheduled`.
   */
  scheduleNetworkMeeting: Meeting;
  /** Changes an organisation (roles `manager`, `administrator`, or scope `teams:write`). */
  updateOrganization: Organization;
  /**
   * Changes a professional, e.g. marks them inactive when they leave (roles `manager`,
   * `administrator`, or scope `teams:write`).
   */
  updateProfessional: Professional;
};

export type MutationaddClientToTeamArgs = {
  input: AddClientToTeamInput;
};

export type MutationaddTeamMemberArgs = {
  input: AddTeamMemberInput;
};

export type MutationassignResponsibleWorkerArgs = {
  input: AssignResponsibleWorkerInput;
};

export type MutationcancelMeetingArgs = {
  input: CancelMeetingInput;
};

export type MutationcreateOrganizationArgs = {
  input: CreateOrganizationInput;
};

export type MutationcreateProfessionalArgs = {
  input: CreateProfessionalInput;
};

export type MutationcreateTeamArgs = {
  input: CreateTeamInput;
};

export type MutationendTeamMembershipArgs = {
  input: EndTeamMembershipInput;
};

export type MutationrecordJointMeetingArgs = {
  input: RecordJointMeetingInput;
};

export type MutationrecordMeetingHeldArgs = {
  input: RecordMeetingHeldInput;
};

export type MutationrecordNetworkMeetingArgs = {
  input: RecordNetworkMeetingInput;
};

export type MutationremoveClientFromTeamArgs = {
  input: RemoveClientFromTeamInput;
};

export type MutationscheduleNetworkMeetingArgs = {
  input: ScheduleNetworkMeetingInput;
};

export type MutationupdateOrganizationArgs = {
  id: Scalars["ID"]["input"];
  input: UpdateOrganizationInput;
};

export type MutationupdateProfessionalArgs = {
  id: Scalars["ID"]["input"];
  input: UpdateProfessionalInput;
};

/**
 * An organisation whose professionals work with clients: the county's own service units, and the
 * partners outside it (the city's education services, employment services, Kela, parishes, NGOs).
 */
export type Organization = {
  __typename?: "Organization";
  /**
   * Business id (y-tunnus, `1234567-8`), when the organisation has one. Several units of one county
   * share the county's business id.
   */
  businessId: Maybe<Scalars["String"]["output"]>;
  /** The organisation's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /**
   * True for the county's own organisations (the controller of client records), purchased services
   * included. Sharing with an organisation outside the county is a disclosure that needs the client's
   * consent.
   */
  isCountyOrganization: Scalars["Boolean"]["output"];
  /** The organisation's or unit's name as the county writes it, e.g. "County family social services". */
  name: Scalars["String"]["output"];
  /** Which kind of organisation, or which of the county's service tasks it carries out. */
  type: OrganizationType;
};

/** What kind of organisation, or which of the county's service tasks it carries out. */
export type OrganizationType =
  /** The county's adult social work (aikuissosiaalityö). */
  | "COUNTY_ADULT_SOCIAL_WORK"
  /** The county's child protection (lastensuojelu). */
  | "COUNTY_CHILD_PROTECTION"
  /** The county's disability services (vammaispalvelut). */
  | "COUNTY_DISABILITY_SERVICES"
  /** The county's family centre (perhekeskus). */
  | "COUNTY_FAMILY_CENTRE"
  /** The county's health care (terveydenhuolto). */
  | "COUNTY_HEALTH_CARE"
  /** The county's social services (sosiaalipalvelut), when not one of the tasks below. */
  | "COUNTY_SOCIAL_SERVICES"
  /** Early childhood education (varhaiskasvatus). */
  | "EARLY_CHILDHOOD_EDUCATION"
  /** Employment services (TE-palvelut, työllisyyspalvelut). */
  | "EMPLOYMENT_SERVICES"
  /** The Social Insurance Institution of Finland. */
  | "KELA"
  /** The municipality's basic education (perusopetus), school curators and psychologists included. */
  | "MUNICIPAL_EDUCATION"
  /** A non-governmental organisation (järjestö, third sector). */
  | "NGO"
  /** A parish (seurakunta). */
  | "PARISH";

/** A professional who works with clients (ammattilainen). */
export type Professional = {
  __typename?: "Professional";
  /**
   * False once the professional has left: they can no longer join teams, take responsibility for
   * clients or facilitate meetings.
   */
  active: Scalars["Boolean"]["output"];
  /**
   * The clients the professional works with now (as responsible worker or through a team), those the
   * viewer may see, by client id: pages of `first` (default 50, at most 500) after `after`.
   */
  clients: ClientListConnection;
  /** First name(s). Directory data, not client data: visible to every signed-in viewer. */
  firstName: Scalars["String"]["output"];
  /** The professional's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /** Last name (sukunimi). */
  lastName: Scalars["String"]["output"];
  /**
   * The organisation that employs the professional; outside the county it decides whether reading a
   * client's data is a disclosure that needs consent.
   */
  organization: Organization;
  /**
   * E.g. social worker, social counsellor, psychologist, public health nurse, school curator, teacher,
   * employment coordinator, family worker.
   */
  profession: Scalars["String"]["output"];
  /**
   * The clients for whom the professional is the current responsible worker, those the viewer may
   * see, by client id: pages of `first` (default 50, at most 500) after `after`.
   */
  responsibleFor: ClientListConnection;
  /** The teams the professional is a current member of. */
  teams: Array<Team>;
  /** The unit (yksikkö) within the organisation, e.g. "North family social work". */
  unit: Maybe<Scalars["String"]["output"]>;
  /** The work email address (työsähköposti); null when none is kept. Directory data, not client data. */
  workEmail: Maybe<Scalars["String"]["output"]>;
  /**
   * The work phone number (työpuhelin) clients and partners may call, e.g. `+358 40 123 4567`; null when
   * none is kept. Directory data, not client data.
   */
  workPhone: Maybe<Scalars["String"]["output"]>;
};

/** A professional who works with clients (ammattilainen). */
export type ProfessionalclientsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A professional who works with clients (ammattilainen). */
export type ProfessionalresponsibleForArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type Query = {
  __typename?: "Query";
  /**
   * Clients some team works with who have no responsible worker, or whose responsible worker is no
   * longer active; optionally only those of one team. Pages of `first` (default 50, at most 500) by
   * client id.
   */
  clientsWithoutResponsibleWorker: UnassignedClientConnection;
  /** One recorded meeting, when the viewer may see the client's team data. */
  meeting: Maybe<Meeting>;
  /** One organisation by id; null when there is none. */
  organization: Maybe<Organization>;
  /** Every organisation known to the hub, by name: the county's own units and the partners outside it. */
  organizations: Array<Organization>;
  /** One professional by id; null when there is none. */
  professional: Maybe<Professional>;
  /**
   * One team by id; null when there is none. Teams are directory data, readable by every signed-in
   * viewer; their clients are filtered by the access rules.
   */
  team: Maybe<Team>;
  /** Every team, by name; optionally only those of one kind. */
  teams: Array<Team>;
};

export type QueryclientsWithoutResponsibleWorkerArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type QuerymeetingArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryorganizationArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryprofessionalArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryteamArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryteamsArgs = {
  kind?: InputMaybe<TeamKind>;
};

/** A joint meeting (yhteistapaaminen) of at least the client and their responsible worker. */
export type RecordJointMeetingInput = {
  /** Ids of service plan agreements (clients subgraph) made or followed up, stored as references. */
  agreementIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** Must include the client (relation CLIENT). */
  familyMembers: Array<MeetingFamilyMemberInput>;
  /** The day of the meeting; not in the future. */
  heldOn: Scalars["Date"]["input"];
  /** Client-chosen UUID: sending the same record again returns the meeting instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** Must include the client's responsible worker on `heldOn`. */
  professionalIds: Array<Scalars["ID"]["input"]>;
};

/** A scheduled meeting that has been held, with what it agreed or found. */
export type RecordMeetingHeldInput = {
  /** The scheduled meeting's id; its day must have come (rule `not_yet_held`). */
  meetingId: Scalars["ID"]["input"];
  /** What the meeting agreed or found, 1 to 4000 characters. */
  outcome: Scalars["String"]["input"];
};

/** A network meeting (verkostopalaveri) held with a client, led by an outside facilitator. */
export type RecordNetworkMeetingInput = {
  /** Ids of service plan agreements (clients subgraph), stored as references. */
  agreementIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** Must not be a member of the client's team on `heldOn`, nor its responsible worker. */
  facilitatorId: Scalars["ID"]["input"];
  /** The family members who took part, by relation. */
  familyMembers: Array<MeetingFamilyMemberInput>;
  /** The day of the meeting; not in the future. */
  heldOn: Scalars["Date"]["input"];
  /** Client-chosen UUID: sending the same record again returns the meeting instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The professionals who took part, each listed once, the facilitator not among them. */
  professionalIds: Array<Scalars["ID"]["input"]>;
};

/** Ends a team's work with a client. */
export type RemoveClientFromTeamInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** The team's id. */
  teamId: Scalars["ID"]["input"];
  /** The last day the team works with the client. */
  until: Scalars["Date"]["input"];
};

/**
 * A period in which one professional was a client's responsible worker (vastuutyöntekijä,
 * asiakasvastaava). A client has at most one at a time; handing over ends the previous period.
 */
export type ResponsibleWorkerPeriod = {
  __typename?: "ResponsibleWorkerPeriod";
  /** The responsible worker of this period. */
  professional: Professional;
  /** The first day of responsibility. */
  since: Scalars["Date"]["output"];
  /** The last day of responsibility; null for the current responsible worker. */
  until: Maybe<Scalars["Date"]["output"]>;
};

/**
 * A network meeting (verkostopalaveri) planned ahead with an outside facilitator: when and where it is,
 * and who is invited. Record it as held with `recordMeetingHeld`, or cancel it with `cancelMeeting`.
 */
export type ScheduleNetworkMeetingInput = {
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /**
   * An active professional (rule `inactive`) who is neither a member of the client's team on the
   * meeting's day nor its responsible worker (rule `facilitator_on_team`).
   */
  facilitatorId: Scalars["ID"]["input"];
  /** The family members invited, by relation; CLIENT for the client themself. */
  familyMembers: Array<MeetingFamilyMemberInput>;
  /** Client-chosen UUID: sending the same schedule again returns the meeting instead of a duplicate. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * Where it is held (a place's name or address, 1 to 200 characters); `place` or `videoLink` or both is
   * required (rule `place_or_video_link`).
   */
  place?: InputMaybe<Scalars["String"]["input"]>;
  /** The professionals invited, each listed once, the facilitator not among them. */
  professionalIds: Array<Scalars["ID"]["input"]>;
  /** When the meeting begins: in the future (rule `past`), at most a year ahead (rule `too_far_ahead`). */
  startsAt: Scalars["DateTime"]["input"];
  /** The video meeting's link, an `https://` URL (rule `https_url`). */
  videoLink?: InputMaybe<Scalars["String"]["input"]>;
};

/**
 * A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),
 * a family centre team, or a group steering, implementing or evaluating the rollout.
 */
export type Team = {
  __typename?: "Team";
  /**
   * The clients this team works with now, those the viewer may see, by client id: pages of `first`
   * (default 50, at most 500) after `after`.
   */
  clients: ClientListConnection;
  /** The team's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /** What kind of team: a client's own team, an area team, or a group following the rollout. */
  kind: TeamKind;
  /**
   * The members, by default only the current ones; `includeFormer` adds those whose period ended or
   * has not begun yet. Members may come from several organisations.
   */
  members: Array<TeamMember>;
  /** The team's name, e.g. "Virtanen family MOTI team" or "North area team". */
  name: Scalars["String"]["output"];
};

/**
 * A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),
 * a family centre team, or a group steering, implementing or evaluating the rollout.
 */
export type TeamclientsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/**
 * A team of professionals: a client's multidisciplinary team (MOTI team), an area team (aluetiimi),
 * a family centre team, or a group steering, implementing or evaluating the rollout.
 */
export type TeammembersArgs = {
  includeFormer?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** What a team is for. */
export type TeamKind =
  /** An area team (aluetiimi) serving one area with its schools and day care. */
  | "AREA_TEAM"
  /** A client's multidisciplinary team (monialainen tiimi, MOTI team, "Minun tiimini"). */
  | "CLIENT_TEAM"
  /** An evaluation group (arviointiryhmä) following how the model works. */
  | "EVALUATION_GROUP"
  /** A family centre team (perhekeskustiimi). */
  | "FAMILY_CENTRE_TEAM"
  /** An implementation group (toimeenpanoryhmä) of the rollout. */
  | "IMPLEMENTATION_GROUP"
  /** The regional steering group (ohjausryhmä) of the multidisciplinary way of working. */
  | "STEERING_GROUP";

/** A professional's membership of a team over a period. */
export type TeamMember = {
  __typename?: "TeamMember";
  /** The membership's id: pass it to `endTeamMembership`. */
  id: Scalars["ID"]["output"];
  /** The member. */
  professional: Professional;
  /** A short code such as `member`, `coordinator`, `chair`, `secretary`, `consultant`. */
  role: Scalars["String"]["output"];
  /** The first day of membership. A member counts for access decisions from this day on. */
  since: Scalars["Date"]["output"];
  /** The team. */
  team: Team;
  /** The last day of membership; null while it lasts. */
  until: Maybe<Scalars["Date"]["output"]>;
};

/** Where a page of a teams connection ends. */
export type TeamsPageInfo = {
  __typename?: "TeamsPageInfo";
  /** Opaque, sealed for this viewer and this list: pass it back unchanged as `after` of the same field. */
  endCursor: Maybe<Scalars["String"]["output"]>;
  /** True when a further client the viewer may see exists. */
  hasNextPage: Scalars["Boolean"]["output"];
  /**
   * True when 1000 clients were examined before the page was full: the page holds what was found and
   * cannot be continued; narrow the list (e.g. one team).
   */
  truncated: Scalars["Boolean"]["output"];
};

/**
 * A page of clients without a responsible worker. Clients the viewer may not see are left out before
 * paging: they are not counted, not shown and never a cursor's position.
 */
export type UnassignedClientConnection = {
  __typename?: "UnassignedClientConnection";
  /** The clients of this page, in a stable order. */
  edges: Array<UnassignedClientEdge>;
  /** Whether and where the list goes on. */
  pageInfo: TeamsPageInfo;
};

/** One client without a responsible worker, with its place in the list. */
export type UnassignedClientEdge = {
  __typename?: "UnassignedClientEdge";
  /** Opaque; pass it as `after` to continue after this client. */
  cursor: Scalars["String"]["output"];
  /** The client. Only those whose team data the viewer may see are listed. */
  node: Client;
};

/** Only the fields given change; `businessId: null` removes it. */
export type UpdateOrganizationInput = {
  /**
   * The new business id (y-tunnus `NNNNNNN-C`, check digit verified); null removes it, omitted leaves
   * it.
   */
  businessId?: InputMaybe<Scalars["String"]["input"]>;
  /**
   * Whether it is one of the county's own; unchanged when omitted. Changing it changes access
   * decisions from the next request on.
   */
  isCountyOrganization?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The new name, 1 to 200 characters; unchanged when omitted. */
  name?: InputMaybe<Scalars["String"]["input"]>;
  /** The new kind; unchanged when omitted. */
  type?: InputMaybe<OrganizationType>;
};

/** Only the fields given change; `unit: null` removes it. */
export type UpdateProfessionalInput = {
  /**
   * False when the professional leaves: they can no longer join teams, take responsibility for clients
   * or facilitate meetings.
   */
  active?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The new first name(s); unchanged when omitted. */
  firstName?: InputMaybe<Scalars["String"]["input"]>;
  /** The new last name; unchanged when omitted. */
  lastName?: InputMaybe<Scalars["String"]["input"]>;
  /** The new employing organisation's id; unchanged when omitted. */
  organizationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The new profession; unchanged when omitted. */
  profession?: InputMaybe<Scalars["String"]["input"]>;
  /** The new unit; null or blank removes it, omitted leaves it. */
  unit?: InputMaybe<Scalars["String"]["input"]>;
  /** The new work email (rule `email`); null or blank removes it, omitted leaves it. */
  workEmail?: InputMaybe<Scalars["String"]["input"]>;
  /** The new work phone (rule `phone`); null or blank removes it, omitted leaves it. */
  workPhone?: InputMaybe<Scalars["String"]["input"]>;
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
  Organization: Organization;
  Professional: Professional;
  Team: Team;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
  Organization: { __typename: "Organization" } & GraphQLRecursivePick<FederationTypes["Organization"], { id: true }>;
  Professional: { __typename: "Professional" } & GraphQLRecursivePick<FederationTypes["Professional"], { id: true }>;
  Team: { __typename: "Team" } & GraphQLRecursivePick<FederationTypes["Team"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddClientToTeamInput: AddClientToTeamInput;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  AddTeamMemberInput: AddTeamMemberInput;
  AssignResponsibleWorkerInput: AssignResponsibleWorkerInput;
  CancelMeetingInput: CancelMeetingInput;
  Client: ResolverTypeWrapper<ClientMapper>;
  ClientDataCategory: ResolverTypeWrapper<
    "basic" | "contact" | "concerns" | "service_plan" | "team" | "consents" | "fit" | "access_log"
  >;
  ClientListConnection: ResolverTypeWrapper<
    Omit<ClientListConnection, "edges"> & { edges: Array<ResolversTypes["ClientListEdge"]> }
  >;
  ClientListEdge: ResolverTypeWrapper<Omit<ClientListEdge, "node"> & { node: ResolversTypes["Client"] }>;
  ClientTeamMember: ResolverTypeWrapper<ClientTeamMemberMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateProfessionalInput: CreateProfessionalInput;
  CreateTeamInput: CreateTeamInput;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  EndTeamMembershipInput: EndTeamMembershipInput;
  Meeting: ResolverTypeWrapper<MeetingMapper>;
  MeetingFamilyMember: ResolverTypeWrapper<MeetingFamilyMemberMapper>;
  MeetingFamilyMemberInput: MeetingFamilyMemberInput;
  MeetingKind: ResolverTypeWrapper<"NETWORK_MEETING" | "JOINT_MEETING">;
  MeetingRelation: ResolverTypeWrapper<
    "CLIENT" | "PARENT" | "GUARDIAN" | "FOSTER_PARENT" | "SIBLING" | "GRANDPARENT" | "SPOUSE" | "OTHER_RELATIVE" | "OTHER"
  >;
  MeetingStatus: ResolverTypeWrapper<"SCHEDULED" | "HELD" | "CANCELLED">;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapper>;
  OrganizationType: ResolverTypeWrapper<
    | "COUNTY_SOCIAL_SERVICES"
    | "COUNTY_HEALTH_CARE"
    | "COUNTY_CHILD_PROTECTION"
    | "COUNTY_FAMILY_CENTRE"
    | "COUNTY_ADULT_SOCIAL_WORK"
    | "COUNTY_DISABILITY_SERVICES"
    | "MUNICIPAL_EDUCATION"
    | "EARLY_CHILDHOOD_EDUCATION"
    | "EMPLOYMENT_SERVICES"
    | "KELA"
    | "PARISH"
    | "NGO"
  >;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordJointMeetingInput: RecordJointMeetingInput;
  RecordMeetingHeldInput: RecordMeetingHeldInput;
  RecordNetworkMeetingInput: RecordNetworkMeetingInput;
  RemoveClientFromTeamInput: RemoveClientFromTeamInput;
  ResponsibleWorkerPeriod: ResolverTypeWrapper<ResponsibleWorkerPeriodMapper>;
  ScheduleNetworkMeetingInput: ScheduleNetworkMeetingInput;
  Team: ResolverTypeWrapper<TeamMapper>;
  TeamKind: ResolverTypeWrapper<
    "CLIENT_TEAM" | "AREA_TEAM" | "FAMILY_CENTRE_TEAM" | "STEERING_GROUP" | "IMPLEMENTATION_GROUP" | "EVALUATION_GROUP"
  >;
  TeamMember: ResolverTypeWrapper<TeamMemberMapper>;
  TeamsPageInfo: ResolverTypeWrapper<TeamsPageInfo>;
  UnassignedClientConnection: ResolverTypeWrapper<
    Omit<UnassignedClientConnection, "edges"> & { edges: Array<ResolversTypes["UnassignedClientEdge"]> }
  >;
  UnassignedClientEdge: ResolverTypeWrapper<Omit<UnassignedClientEdge, "node"> & { node: ResolversTypes["Client"] }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateProfessionalInput: UpdateProfessionalInput;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClientToTeamInput: AddClientToTeamInput;
  ID: Scalars["ID"]["output"];
  AddTeamMemberInput: AddTeamMemberInput;
  AssignResponsibleWorkerInput: AssignResponsibleWorkerInput;
  CancelMeetingInput: CancelMeetingInput;
  Client: ClientMapper;
  ClientListConnection: Omit<ClientListConnection, "edges"> & { edges: Array<ResolversParentTypes["ClientListEdge"]> };
  ClientListEdge: Omit<ClientListEdge, "node"> & { node: ResolversParentTypes["Client"] };
  ClientTeamMember: ClientTeamMemberMapper;
  Boolean: Scalars["Boolean"]["output"];
  CreateOrganizationInput: CreateOrganizationInput;
  CreateProfessionalInput: CreateProfessionalInput;
  CreateTeamInput: CreateTeamInput;
  Date: Scalars["Date"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  EndTeamMembershipInput: EndTeamMembershipInput;
  Meeting: MeetingMapper;
  MeetingFamilyMember: MeetingFamilyMemberMapper;
  MeetingFamilyMemberInput: MeetingFamilyMemberInput;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapper;
  Professional: ProfessionalMapper;
  Query: Record<PropertyKey, never>;
  RecordJointMeetingInput: RecordJointMeetingInput;
  RecordMeetingHeldInput: RecordMeetingHeldInput;
  RecordNetworkMeetingInput: RecordNetworkMeetingInput;
  RemoveClientFromTeamInput: RemoveClientFromTeamInput;
  ResponsibleWorkerPeriod: ResponsibleWorkerPeriodMapper;
  ScheduleNetworkMeetingInput: ScheduleNetworkMeetingInput;
  Team: TeamMapper;
  TeamMember: TeamMemberMapper;
  TeamsPageInfo: TeamsPageInfo;
  UnassignedClientConnection: Omit<UnassignedClientConnection, "edges"> & {
    edges: Array<ResolversParentTypes["UnassignedClientEdge"]>;
  };
  UnassignedClientEdge: Omit<UnassignedClientEdge, "node"> & { node: ResolversParentTypes["Client"] };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateProfessionalInput: UpdateProfessionalInput;
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
  ContextType = TeamsContext,
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
  ContextType = TeamsContext,
  Args = clientDataDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClientResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes["Meeting"]>>, ParentType, ContextType, Partial<ClientmeetingsArgs>>;
  responsibleWorker?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
  responsibleWorkerHistory?: Resolver<Maybe<Array<ResolversTypes["ResponsibleWorkerPeriod"]>>, ParentType, ContextType>;
  teamMembers?: Resolver<Maybe<Array<ResolversTypes["ClientTeamMember"]>>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes["Team"]>>, ParentType, ContextType>;
};

export type ClientDataCategoryResolvers = EnumResolverSignature<
  { access_log?: any; basic?: any; concerns?: any; consents?: any; contact?: any; fit?: any; service_plan?: any; team?: any },
  ResolversTypes["ClientDataCategory"]
>;

export type ClientListConnectionResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["ClientListConnection"] = ResolversParentTypes["ClientListConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["ClientListEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["TeamsPageInfo"], ParentType, ContextType>;
};

export type ClientListEdgeResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["ClientListEdge"] = ResolversParentTypes["ClientListEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
};

export type ClientTeamMemberResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["ClientTeamMember"] = ResolversParentTypes["ClientTeamMember"],
> = {
  isResponsibleWorker?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export type MeetingResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Meeting"] = ResolversParentTypes["Meeting"],
> = {
  agreementIds?: Resolver<Array<ResolversTypes["ID"]>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  facilitator?: Resolver<Maybe<ResolversTypes["Professional"]>, ParentType, ContextType>;
  familyMembers?: Resolver<Array<ResolversTypes["MeetingFamilyMember"]>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["MeetingKind"], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  professionals?: Resolver<Array<ResolversTypes["Professional"]>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes["DateTime"]>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes["MeetingStatus"], ParentType, ContextType>;
  videoLink?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type MeetingFamilyMemberResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["MeetingFamilyMember"] = ResolversParentTypes["MeetingFamilyMember"],
> = {
  client?: Resolver<Maybe<ResolversTypes["Client"]>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes["MeetingRelation"], ParentType, ContextType>;
};

export type MeetingKindResolvers = EnumResolverSignature<
  { JOINT_MEETING?: any; NETWORK_MEETING?: any },
  ResolversTypes["MeetingKind"]
>;

export type MeetingRelationResolvers = EnumResolverSignature<
  {
    CLIENT?: any;
    FOSTER_PARENT?: any;
    GRANDPARENT?: any;
    GUARDIAN?: any;
    OTHER?: any;
    OTHER_RELATIVE?: any;
    PARENT?: any;
    SIBLING?: any;
    SPOUSE?: any;
  },
  ResolversTypes["MeetingRelation"]
>;

export type MeetingStatusResolvers = EnumResolverSignature<
  { CANCELLED?: any; HELD?: any; SCHEDULED?: any },
  ResolversTypes["MeetingStatus"]
>;

export type MutationResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  addClientToTeam?: Resolver<
    ResolversTypes["Team"],
    ParentType,
    ContextType,
    RequireFields<MutationaddClientToTeamArgs, "input">
  >;
  addTeamMember?: Resolver<
    ResolversTypes["TeamMember"],
    ParentType,
    ContextType,
    RequireFields<MutationaddTeamMemberArgs, "input">
  >;
  assignResponsibleWorker?: Resolver<
    ResolversTypes["ResponsibleWorkerPeriod"],
    ParentType,
    ContextType,
    RequireFields<MutationassignResponsibleWorkerArgs, "input">
  >;
  cancelMeeting?: Resolver<ResolversTypes["Meeting"], ParentType, ContextType, RequireFields<MutationcancelMeetingArgs, "input">>;
  createOrganization?: Resolver<
    ResolversTypes["Organization"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateOrganizationArgs, "input">
  >;
  createProfessional?: Resolver<
    ResolversTypes["Professional"],
    ParentType,
    ContextType,
    RequireFields<MutationcreateProfessionalArgs, "input">
  >;
  createTeam?: Resolver<ResolversTypes["Team"], ParentType, ContextType, RequireFields<MutationcreateTeamArgs, "input">>;
  endTeamMembership?: Resolver<
    ResolversTypes["TeamMember"],
    ParentType,
    ContextType,
    RequireFields<MutationendTeamMembershipArgs, "input">
  >;
  recordJointMeeting?: Resolver<
    ResolversTypes["Meeting"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordJointMeetingArgs, "input">
  >;
  recordMeetingHeld?: Resolver<
    ResolversTypes["Meeting"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordMeetingHeldArgs, "input">
  >;
  recordNetworkMeeting?: Resolver<
    ResolversTypes["Meeting"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordNetworkMeetingArgs, "input">
  >;
  removeClientFromTeam?: Resolver<
    ResolversTypes["Team"],
    ParentType,
    ContextType,
    RequireFields<MutationremoveClientFromTeamArgs, "input">
  >;
  scheduleNetworkMeeting?: Resolver<
    ResolversTypes["Meeting"],
    ParentType,
    ContextType,
    RequireFields<MutationscheduleNetworkMeetingArgs, "input">
  >;
  updateOrganization?: Resolver<
    ResolversTypes["Organization"],
    ParentType,
    ContextType,
    RequireFields<MutationupdateOrganizationArgs, "id" | "input">
  >;
  updateProfessional?: Resolver<
    ResolversTypes["Professional"],
    ParentType,
    ContextType,
    RequireFields<MutationupdateProfessionalArgs, "id" | "input">
  >;
};

export type OrganizationResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Organization"] = ResolversParentTypes["Organization"],
  FederationReferenceType extends FederationReferenceTypes["Organization"] = FederationReferenceTypes["Organization"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Organization"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  businessId?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isCountyOrganization?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  type?: Resolver<ResolversTypes["OrganizationType"], ParentType, ContextType>;
};

export type OrganizationTypeResolvers = EnumResolverSignature<
  {
    COUNTY_ADULT_SOCIAL_WORK?: any;
    COUNTY_CHILD_PROTECTION?: any;
    COUNTY_DISABILITY_SERVICES?: any;
    COUNTY_FAMILY_CENTRE?: any;
    COUNTY_HEALTH_CARE?: any;
    COUNTY_SOCIAL_SERVICES?: any;
    EARLY_CHILDHOOD_EDUCATION?: any;
    EMPLOYMENT_SERVICES?: any;
    KELA?: any;
    MUNICIPAL_EDUCATION?: any;
    NGO?: any;
    PARISH?: any;
  },
  ResolversTypes["OrganizationType"]
>;

export type ProfessionalResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
  FederationReferenceType extends FederationReferenceTypes["Professional"] = FederationReferenceTypes["Professional"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Professional"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  active?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  clients?: Resolver<
    ResolversTypes["ClientListConnection"],
    ParentType,
    ContextType,
    RequireFields<ProfessionalclientsArgs, "first">
  >;
  firstName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes["Organization"], ParentType, ContextType>;
  profession?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  responsibleFor?: Resolver<
    ResolversTypes["ClientListConnection"],
    ParentType,
    ContextType,
    RequireFields<ProfessionalresponsibleForArgs, "first">
  >;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  workEmail?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  workPhone?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  clientsWithoutResponsibleWorker?: Resolver<
    ResolversTypes["UnassignedClientConnection"],
    ParentType,
    ContextType,
    RequireFields<QueryclientsWithoutResponsibleWorkerArgs, "first">
  >;
  meeting?: Resolver<Maybe<ResolversTypes["Meeting"]>, ParentType, ContextType, RequireFields<QuerymeetingArgs, "id">>;
  organization?: Resolver<
    Maybe<ResolversTypes["Organization"]>,
    ParentType,
    ContextType,
    RequireFields<QueryorganizationArgs, "id">
  >;
  organizations?: Resolver<Array<ResolversTypes["Organization"]>, ParentType, ContextType>;
  professional?: Resolver<
    Maybe<ResolversTypes["Professional"]>,
    ParentType,
    ContextType,
    RequireFields<QueryprofessionalArgs, "id">
  >;
  team?: Resolver<Maybe<ResolversTypes["Team"]>, ParentType, ContextType, RequireFields<QueryteamArgs, "id">>;
  teams?: Resolver<Array<ResolversTypes["Team"]>, ParentType, ContextType, Partial<QueryteamsArgs>>;
};

export type ResponsibleWorkerPeriodResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["ResponsibleWorkerPeriod"] = ResolversParentTypes["ResponsibleWorkerPeriod"],
> = {
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  since?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type TeamResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["Team"] = ResolversParentTypes["Team"],
  FederationReferenceType extends FederationReferenceTypes["Team"] = FederationReferenceTypes["Team"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Team"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  clients?: Resolver<ResolversTypes["ClientListConnection"], ParentType, ContextType, RequireFields<TeamclientsArgs, "first">>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["TeamKind"], ParentType, ContextType>;
  members?: Resolver<
    Array<ResolversTypes["TeamMember"]>,
    ParentType,
    ContextType,
    RequireFields<TeammembersArgs, "includeFormer">
  >;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type TeamKindResolvers = EnumResolverSignature<
  {
    AREA_TEAM?: any;
    CLIENT_TEAM?: any;
    EVALUATION_GROUP?: any;
    FAMILY_CENTRE_TEAM?: any;
    IMPLEMENTATION_GROUP?: any;
    STEERING_GROUP?: any;
  },
  ResolversTypes["TeamKind"]
>;

export type TeamMemberResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["TeamMember"] = ResolversParentTypes["TeamMember"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  role?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  since?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  team?: Resolver<ResolversTypes["Team"], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
};

export type TeamsPageInfoResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["TeamsPageInfo"] = ResolversParentTypes["TeamsPageInfo"],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type UnassignedClientConnectionResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["UnassignedClientConnection"] = ResolversParentTypes["UnassignedClientConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["UnassignedClientEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["TeamsPageInfo"], ParentType, ContextType>;
};

export type UnassignedClientEdgeResolvers<
  ContextType = TeamsContext,
  ParentType extends ResolversParentTypes["UnassignedClientEdge"] = ResolversParentTypes["UnassignedClientEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
};

export type Resolvers<ContextType = TeamsContext> = {
  Client?: ClientResolvers<ContextType>;
  ClientDataCategory?: ClientDataCategoryResolvers;
  ClientListConnection?: ClientListConnectionResolvers<ContextType>;
  ClientListEdge?: ClientListEdgeResolvers<ContextType>;
  ClientTeamMember?: ClientTeamMemberResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingFamilyMember?: MeetingFamilyMemberResolvers<ContextType>;
  MeetingKind?: MeetingKindResolvers;
  MeetingRelation?: MeetingRelationResolvers;
  MeetingStatus?: MeetingStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationType?: OrganizationTypeResolvers;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponsibleWorkerPeriod?: ResponsibleWorkerPeriodResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamKind?: TeamKindResolvers;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TeamsPageInfo?: TeamsPageInfoResolvers<ContextType>;
  UnassignedClientConnection?: UnassignedClientConnectionResolvers<ContextType>;
  UnassignedClientEdge?: UnassignedClientEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = TeamsContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
  clientData?: clientDataDirectiveResolver<any, any, ContextType>;
};
