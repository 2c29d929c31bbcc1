/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** An agreement of a plan; every text 1 to 2,000 characters. */
export type AddAgreementInput = {
  /** (a) What the concern is. */
  concern: string;
  /** The day by which the next action should be done; today or later. */
  dueOn: string;
  /** How it is followed up. */
  followUp: string;
  /** Client-chosen UUID for an idempotent retry. */
  id?: string | null | undefined;
  /** (d) What follows if it does not happen. */
  ifNotDone: string;
  /** (b) The next action. */
  nextAction: string;
  /** The plan's id. */
  planId: string;
  /** (c) Who is responsible, the family included. */
  responsible: ResponsiblePartyInput;
};

/** Who acts on the client's behalf. */
export type AgentKind =
  /** A person known to Silta as a client (a relative); `agentId` is their client id. */
  | "CLIENT"
  /** A professional (for example the responsible worker); `agentId` is their professional id. */
  | "PROFESSIONAL";

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

/** A scheduled meeting that will not be held. */
export type CancelMeetingInput = {
  /** The scheduled meeting's id. */
  meetingId: string;
  /** Why it is cancelled, 1 to 500 characters (shown to the client's team). */
  reason: string;
};

/** Closes an open episode. */
export type CloseFitEpisodeInput = {
  /** Planned or unplanned (dropout). */
  closure: FitEpisodeClosure;
  /** The last day; not before `startedOn`. */
  endedOn: string;
  /** The episode's id. */
  id: string;
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

/** Where a concern stands. */
export type ConcernStatus =
  /** Closed; kept in the record. */
  | "CLOSED"
  /** Raised and not yet reacted to: the deadline runs. */
  | "RAISED"
  /** The first joint meeting was held; the deadline no longer applies. */
  | "REACTED";

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

/** A shared service plan for a client or a family (category `service_plan`, action create). */
export type CreateServicePlanInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: string | null | undefined;
  /** The family whose plan it is; exactly one of clientId and familyId. */
  familyId?: string | null | undefined;
  /** The client's own best goals in their words: at most 20, each 1 to 1,000 characters. */
  goals: Array<string>;
  /** Client-chosen UUID for an idempotent retry. */
  id?: string | null | undefined;
};

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

/** How deadline days are counted. */
export type DeadlineUnit =
  /** Every day counts. */
  | "CALENDAR_DAYS"
  /** Weekends, Finnish public holidays, Midsummer Eve and Christmas Eve do not count (arkipäivät). */
  | "WORKING_DAYS";

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

/** How an episode ended: as planned, or unplanned (dropout, keskeytys). */
export type FitEpisodeClosure =
  /** Ended as agreed with the client. */
  | "PLANNED"
  /**
   * Ended before the goal without agreement (dropout, keskeytys); counts in the reports' dropout
   * share.
   */
  | "UNPLANNED";

/** Who an episode of work is with. */
export type FitEpisodeKind =
  /** Work with a couple (pariterapia); the episode's client is the one it is recorded for. */
  | "COUPLE"
  /** Work with a family. */
  | "FAMILY"
  /** A group (ryhmä); session ratings by GSRS. */
  | "GROUP"
  /** Work with one client. */
  | "INDIVIDUAL";

/** What an outcome report groups by. */
export type FitReportDimension =
  /** One row per organisation. */
  | "ORGANIZATION"
  /** One row per service code. */
  | "SERVICE"
  /** One row per team of the episodes. */
  | "TEAM"
  /** One row per unit. */
  | "UNIT";

/** How a session was held. */
export type FitSessionMode =
  /** At the office, in person. */
  | "FACE_TO_FACE"
  /** At the client's home (kotikäynti). */
  | "HOME_VISIT"
  /** By phone. */
  | "PHONE"
  /** By video call. */
  | "VIDEO";

/** FIT instruments: ORS/SRS for adults (from 13), CORS/CSRS for children 6-12, YCORS/YCSRS under 6, GSRS for groups. */
export type Instrument =
  /** Child Outcome Rating Scale, ages 6-12: Me, Family, School, Everything. SNOMED CT 718458005. */
  | "CORS"
  /** Child Session Rating Scale, ages 6-12. SNOMED CT 718762000. */
  | "CSRS"
  /** Group Session Rating Scale, for group sessions. SNOMED CT 718441000. */
  | "GSRS"
  /**
   * Outcome Rating Scale, given at the start of a session, ages 13 and up: Individually,
   * Interpersonally, Socially, Overall. SNOMED CT 716613004.
   */
  | "ORS"
  /**
   * Session Rating Scale, given at the end of a session, ages 13 and up: Relationship, Goals and
   * Topics, Approach or Method, Overall. SNOMED CT 720482000.
   */
  | "SRS"
  /**
   * Young Child Outcome Rating Scale, under 6 (pictures; no validated psychometrics). SNOMED CT
   * 718461006.
   */
  | "YCORS"
  /** Young Child Session Rating Scale, under 6. */
  | "YCSRS";

/** One measure of a session: all four items, or only the total, or a skip reason. */
export type MeasurementInput = {
  /** Client-chosen id for an idempotent retry. */
  id?: string | null | undefined;
  /** Which instrument; it must fit the client's age unless `instrumentReason` says why. */
  instrument: Instrument;
  /** Needed when the instrument does not fit the client's age. */
  instrumentReason?: string | null | undefined;
  /** All four item scores, each 0.0-10.0 with one decimal; with `total`, their sum must match it. */
  items?: Array<number> | null | undefined;
  /** Who gives the scores; default the client. */
  rater?: Rater | null | undefined;
  /** Required for a collateral rater: their relation to the client, e.g. "mother". */
  raterRelation?: string | null | undefined;
  /** Why the measure was not given; then no items nor total. */
  skipReason?: string | null | undefined;
  /** The total, 0.0-40.0 with one decimal, when only the total was given. */
  total?: number | null | undefined;
};

/** A family member who took part in a meeting, by relation only: no names are kept. */
export type MeetingFamilyMemberInput = {
  /** The family member's client id, when they are a client. */
  clientId?: string | null | undefined;
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

/** A new episode of work with a client. Needs the right to create the client's FIT data (category fit). */
export type OpenFitEpisodeInput = {
  /** The client's birth date, for the age rules (the fit subgraph does not own birth dates). */
  clientBirthDate?: string | null | undefined;
  /** The client's id. */
  clientId: string;
  /** Client-chosen id for an idempotent retry. */
  id?: string | null | undefined;
  /** Individual (default), couple, family or group. */
  kind?: FitEpisodeKind | null | undefined;
  /** The organisation, for the reports. */
  organizationId?: string | null | undefined;
  /** The professional who owns the episode. */
  ownerProfessionalId: string;
  /**
   * The service's code, e.g. `family_counselling`; a client's ban of a service task applies to
   * episodes of it.
   */
  service?: string | null | undefined;
  /** The first day; not in the future, nor before the client's birth date. */
  startedOn: string;
  /** The team, for the reports. */
  teamId?: string | null | undefined;
  /** The unit, for the reports. */
  unitId?: string | null | undefined;
};

/**
 * A concern (huoli) about a client or a family. The deadline is computed from `raisedOn` and the
 * service's rule.
 */
export type RaiseConcernInput = {
  /** Exactly one of clientId and familyId. */
  clientId?: string | null | undefined;
  /** A deadline rule's `code`, to use instead of the service's default rule. */
  deadlineRuleCode?: string | null | undefined;
  /** What worries, in concrete words, 1 to 4,000 characters. */
  description: string;
  /** The family the concern is about; exactly one of clientId and familyId. */
  familyId?: string | null | undefined;
  /** Client-chosen UUID for an idempotent retry. */
  id?: string | null | undefined;
  /**
   * CHILD_WELFARE_NOTICE: a child welfare notice about a minor (`clientId`), allowed to any
   * professional; `service` must then be `child_protection`, and `teamId`, `responsibleProfessionalId`,
   * `familyId` and `raisedByClientId` must be absent.
   */
  kind?: ConcernKind | null | undefined;
  /** The organisation that handles the concern. */
  organizationId: string;
  /** Set when a family member raises the concern; otherwise the viewer (a professional) raised it. */
  raisedByClientId?: string | null | undefined;
  /** The day it was raised, when earlier than today (e.g. a concern phoned in yesterday); default today. */
  raisedOn?: string | null | undefined;
  /** The professional responsible for reacting, when known. */
  responsibleProfessionalId?: string | null | undefined;
  /** The service, e.g. `child_protection`: picks its deadline rule unless `deadlineRuleCode` is given. */
  service: string;
  /** The team that handles it, when one does. */
  teamId?: string | null | undefined;
};

/** Who gave the scores: the client, or a collateral rater (rinnakkaisarvioija) with their relation. */
export type Rater =
  /** The client themself. */
  | "CLIENT"
  /** A guardian (huoltaja) rating in parallel. */
  | "GUARDIAN"
  /** Another professional rating in parallel, e.g. a teacher. */
  | "OTHER_PROFESSIONAL"
  /** A parent rating in parallel (collateral rater); `raterRelation` says which, e.g. "mother". */
  | "PARENT";

/** The first joint meeting (yhteistapaaminen) held about a concern. */
export type ReactToConcernInput = {
  /** Must include the client (for a family concern, a member of the family). */
  attendingClientIds: Array<string>;
  /** Must include the responsible worker. */
  attendingProfessionalIds: Array<string>;
  /** The concern's id. */
  concernId: string;
  /** The day of the meeting; not before the concern was raised, not in the future. */
  meetingOn: string;
  /** Sets the responsible worker when the concern has none yet. */
  responsibleProfessionalId?: string | null | undefined;
};

/**
 * A consent given by a client or their guardian. Needs the right to create the client's consents data
 * (category consents).
 */
export type RecordConsentInput = {
  /** ACTING_ON_BEHALF: the person who may act, and what they may do. */
  agentId?: string | null | undefined;
  /** ACTING_ON_BEHALF: whether `agentId` is a client or a professional. */
  agentKind?: AgentKind | null | undefined;
  /** ACTING_ON_BEHALF: the actions allowed, at least one. */
  allowedActions?: Array<OnBehalfAction> | null | undefined;
  /** The data categories covered; at least one. */
  categories: Array<DataCategory>;
  /** The client the consent is about. */
  clientId: string;
  /** Required for WRITTEN and ELECTRONIC consents. */
  evidenceReference?: string | null | undefined;
  /** How it was given; WRITTEN and ELECTRONIC need `evidenceReference`. */
  form: ConsentForm;
  /** When the client gave it; default now. */
  givenAt?: string | null | undefined;
  /** Who gave it; default the client. */
  givenBy?: ConsentGiver;
  /** Required when `givenBy` is GUARDIAN or LEGAL_GUARDIAN. */
  givenByClientId?: string | null | undefined;
  /** Client-chosen UUID for an idempotent retry. */
  id?: string | null | undefined;
  /** SHARING (default) or ACTING_ON_BEHALF. */
  kind?: ConsentKind;
  /** What the data may be used for, 1 to 500 characters. */
  purpose: string;
  /** SHARING: at least one organisation or team. */
  recipientOrganizationIds?: Array<string> | null | undefined;
  /**
   * SHARING: teams whose members may receive the data, whatever their organisation. ACTING_ON_BEHALF:
   * none.
   */
  recipientTeamIds?: Array<string> | null | undefined;
  /** The first valid day. */
  validFrom: string;
  /**
   * The last valid day, not before `validFrom`; required for ACTING_ON_BEHALF, omitted for a sharing
   * consent valid until revoked.
   */
  validUntil?: string | null | undefined;
};

/** A session of an episode with its measures. Needs the right to create the client's FIT data. */
export type RecordFitSessionInput = {
  /** The open episode's id. */
  episodeId: string;
  /** The day of the session: within the episode, not in the future. */
  heldOn: string;
  /** Client-chosen id for an idempotent retry. */
  id?: string | null | undefined;
  /** The measures: each instrument and rater at most once. */
  measurements: Array<MeasurementInput>;
  /** How it was held. */
  mode: FitSessionMode;
  /** Default: the viewer. */
  professionalId?: string | null | undefined;
};

/** A scheduled meeting that has been held, with what it agreed or found. */
export type RecordMeetingHeldInput = {
  /** The scheduled meeting's id; its day must have come (rule `not_yet_held`). */
  meetingId: string;
  /** What the meeting agreed or found, 1 to 4000 characters. */
  outcome: string;
};

/** A network meeting (verkostopalaveri) held with a client, led by an outside facilitator. */
export type RecordNetworkMeetingInput = {
  /** Ids of service plan agreements (clients subgraph), stored as references. */
  agreementIds?: Array<string> | null | undefined;
  /** The client's id. */
  clientId: string;
  /** Must not be a member of the client's team on `heldOn`, nor its responsible worker. */
  facilitatorId: string;
  /** The family members who took part, by relation. */
  familyMembers: Array<MeetingFamilyMemberInput>;
  /** The day of the meeting; not in the future. */
  heldOn: string;
  /** Client-chosen UUID: sending the same record again returns the meeting instead of a duplicate. */
  id?: string | null | undefined;
  /** The professionals who took part, each listed once, the facilitator not among them. */
  professionalIds: Array<string>;
};

/** A review (arviointi) of a plan. */
export type RecordPlanReviewInput = {
  /** What changed, 1 to 2,000 characters. */
  changes: string;
  /** What was found, 1 to 2,000 characters. */
  findings: string;
  /** Client-chosen UUID for an idempotent retry. */
  id?: string | null | undefined;
  /** The plan's id. */
  planId: string;
  /** The day of the review. */
  reviewedOn: string;
};

/** Change from intake against the configured reliable change threshold (luotettava muutos); reaching it exactly counts. */
export type ReliableChange =
  /** The total fell from intake by at least the threshold. */
  | "DETERIORATED"
  /** The total rose from intake by at least the reliable change threshold. */
  | "IMPROVED"
  /** The change from intake is smaller than the threshold either way. */
  | "NO_RELIABLE_CHANGE";

/** Who is responsible: exactly one of the two. */
export type ResponsiblePartyInput = {
  /** A member of the family (the client themself, or a member of one of their families). */
  familyMemberClientId?: string | null | undefined;
  /** A professional's id. */
  professionalId?: string | null | undefined;
};

/**
 * A network meeting (verkostopalaveri) planned ahead with an outside facilitator: when and where it is,
 * and who is invited. Record it as held with `recordMeetingHeld`, or cancel it with `cancelMeeting`.
 */
export type ScheduleNetworkMeetingInput = {
  /** The client's id. */
  clientId: string;
  /**
   * An active professional (rule `inactive`) who is neither a member of the client's team on the
   * meeting's day nor its responsible worker (rule `facilitator_on_team`).
   */
  facilitatorId: string;
  /** The family members invited, by relation; CLIENT for the client themself. */
  familyMembers: Array<MeetingFamilyMemberInput>;
  /** Client-chosen UUID: sending the same schedule again returns the meeting instead of a duplicate. */
  id?: string | null | undefined;
  /**
   * Where it is held (a place's name or address, 1 to 200 characters); `place` or `videoLink` or both is
   * required (rule `place_or_video_link`).
   */
  place?: string | null | undefined;
  /** The professionals invited, each listed once, the facilitator not among them. */
  professionalIds: Array<string>;
  /** When the meeting begins: in the future (rule `past`), at most a year ahead (rule `too_far_ahead`). */
  startsAt: string;
  /** The video meeting's link, an `https://` URL (rule `https_url`). */
  videoLink?: string | null | undefined;
};

/** Marks an agreement done, not done or changed. */
export type SetAgreementStatusInput = {
  /** The agreement's id. */
  agreementId: string;
  /** The new status. */
  status: AgreementStatus;
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

/** Replaces a plan's goals, guarded against a concurrent change. */
export type UpdateServicePlanGoalsInput = {
  /** The plan's `version` as last read; CONFLICT when someone changed it since. */
  expectedVersion: number;
  /** The new goals, replacing all: at most 20, each 1 to 1,000 characters. */
  goals: Array<string>;
  /** The plan's id. */
  planId: string;
};

export type CaseloadQueryVariables = Exact<{
  professionalId: string;
}>;

export type CaseloadQuery = {
  professional: {
    id: string;
    firstName: string;
    lastName: string;
    unit: string | null;
    organization: { id: string; name: string };
    teams: Array<{ id: string; name: string }>;
    clients: {
      edges: Array<{
        node: {
          id: string;
          firstName: string | null;
          lastName: string | null;
          birthDate: string | null;
          responsibleWorker: { id: string } | null;
        };
      }>;
    };
  } | null;
  overdueConcerns: Array<{
    id: string;
    kind: ConcernKind;
    description: string;
    deadline: string;
    daysLeft: number | null;
    isOverdue: boolean;
    status: ConcernStatus;
    service: string;
    client: { id: string; firstName: string | null; lastName: string | null } | null;
    family: { id: string; name: string | null } | null;
  }>;
  concernsDueSoon: Array<{
    id: string;
    kind: ConcernKind;
    description: string;
    deadline: string;
    daysLeft: number | null;
    isOverdue: boolean;
    status: ConcernStatus;
    service: string;
    client: { id: string; firstName: string | null; lastName: string | null } | null;
    family: { id: string; name: string | null } | null;
  }>;
  clientsWithoutResponsibleWorker: {
    edges: Array<{
      node: {
        id: string;
        firstName: string | null;
        lastName: string | null;
        birthDate: string | null;
        teams: Array<{ id: string; name: string }> | null;
      };
    }>;
  };
};

export type DueConcernFragment = {
  id: string;
  kind: ConcernKind;
  description: string;
  deadline: string;
  daysLeft: number | null;
  isOverdue: boolean;
  status: ConcernStatus;
  service: string;
  client: { id: string; firstName: string | null; lastName: string | null } | null;
  family: { id: string; name: string | null } | null;
};

export type ClientPageQueryVariables = Exact<{
  clientId: string;
}>;

export type ClientPageQuery = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    birthDate: string | null;
    language: string | null;
    hasIdentityCode: boolean | null;
    identityCode: string | null;
    temporaryIdentifier: string | null;
    hasNonDisclosureOrder: boolean | null;
    controllerOrganization: { id: string; name: string } | null;
    contact: {
      streetAddress: string | null;
      postalCode: string | null;
      postOffice: string | null;
      phone: string | null;
      email: string | null;
    } | null;
    families: Array<{
      relation: FamilyRelation;
      family: {
        id: string;
        name: string | null;
        members: Array<{
          relation: FamilyRelation;
          client: { id: string; firstName: string | null; lastName: string | null; birthDate: string | null };
        }>;
      };
    }> | null;
    guardians: Array<{ since: string; guardian: { id: string; firstName: string | null; lastName: string | null } }> | null;
    responsibleWorker: { id: string } | null;
    teamMembers: Array<{
      isResponsibleWorker: boolean;
      professional: {
        id: string;
        firstName: string;
        lastName: string;
        profession: string;
        unit: string | null;
        workPhone: string | null;
        workEmail: string | null;
        organization: { id: string; name: string };
      };
      teams: Array<{ id: string; name: string; kind: TeamKind }>;
    }> | null;
    concerns: Array<{
      id: string;
      kind: ConcernKind;
      description: string;
      raisedOn: string;
      deadline: string;
      daysLeft: number | null;
      isOverdue: boolean;
      status: ConcernStatus;
      service: string;
      raisedBy: {
        professional: { id: string; firstName: string; lastName: string } | null;
        familyMember: { id: string; firstName: string | null } | null;
      };
      reaction: { meetingOn: string; attendingProfessionals: Array<{ id: string; firstName: string; lastName: string }> } | null;
    }> | null;
    consents: Array<{
      id: string;
      kind: ConsentKind;
      givenBy: ConsentGiver;
      purpose: string;
      categories: Array<DataCategory>;
      form: ConsentForm;
      validFrom: string;
      validUntil: string | null;
      revokedAt: string | null;
      isActive: boolean;
      recipientOrganizations: Array<{ id: string; name: string }>;
      recipientTeams: Array<{ id: string; name: string }>;
    }> | null;
    bans: Array<{
      id: string;
      kind: BanKind;
      categories: Array<DataCategory>;
      serviceTask: string | null;
      validFrom: string;
      validUntil: string | null;
      isActive: boolean;
      organization: { id: string; name: string } | null;
    }> | null;
    meetings: Array<{
      id: string;
      kind: MeetingKind;
      status: MeetingStatus;
      heldOn: string;
      startsAt: string | null;
      place: string | null;
      videoLink: string | null;
      outcome: string | null;
      cancellationReason: string | null;
      facilitator: { id: string; firstName: string; lastName: string; organization: { id: string; name: string } } | null;
      professionals: Array<{ id: string; firstName: string; lastName: string }>;
      familyMembers: Array<{ relation: MeetingRelation; client: { id: string; firstName: string | null } | null }>;
    }> | null;
  } | null;
};

export type RecordMeetingHeldMutationVariables = Exact<{
  input: RecordMeetingHeldInput;
}>;

export type RecordMeetingHeldMutation = { recordMeetingHeld: { id: string; status: MeetingStatus; outcome: string | null } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;

export type CancelMeetingMutation = { cancelMeeting: { id: string; status: MeetingStatus; cancellationReason: string | null } };

export type UnmaskedIdentityCodeQueryVariables = Exact<{
  clientId: string;
}>;

export type UnmaskedIdentityCodeQuery = { client: { id: string; identityCode: string | null } | null };

export type ReactToConcernMutationVariables = Exact<{
  input: ReactToConcernInput;
}>;

export type ReactToConcernMutation = {
  reactToConcern: { id: string; status: ConcernStatus; reaction: { meetingOn: string } | null };
};

export type ClientFitQueryVariables = Exact<{
  clientId: string;
  episodeId?: string | null | undefined;
}>;

export type ClientFitQuery = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    birthDate: string | null;
    fitEpisodes: {
      edges: Array<{
        node: {
          id: string;
          kind: FitEpisodeKind;
          startedOn: string;
          endedOn: string | null;
          closure: FitEpisodeClosure | null;
          owner: { id: string; firstName: string; lastName: string };
        };
      }>;
    } | null;
    fitSeries: {
      outcome: Array<{
        measurementId: string;
        sessionId: string;
        episodeId: string;
        date: string;
        instrument: Instrument;
        rater: Rater;
        total: number;
        cutoff: number | null;
        clinical: boolean | null;
        changeFromIntake: number | null;
        reliableChange: ReliableChange | null;
        alert: boolean | null;
      }>;
      sessionRating: Array<{
        measurementId: string;
        sessionId: string;
        episodeId: string;
        date: string;
        instrument: Instrument;
        rater: Rater;
        total: number;
        cutoff: number | null;
        clinical: boolean | null;
        changeFromIntake: number | null;
        reliableChange: ReliableChange | null;
        alert: boolean | null;
      }>;
    } | null;
  } | null;
  fitConfiguration: {
    version: number;
    adultCutoff: number;
    adolescentCutoff: number;
    childCutoff: number;
    reliableChangeOrs: number;
    reliableChangeCors: number;
    reliableChangeYcors: number;
    srsAlertBelow: number;
  };
};

export type FitPointFragment = {
  measurementId: string;
  sessionId: string;
  episodeId: string;
  date: string;
  instrument: Instrument;
  rater: Rater;
  total: number;
  cutoff: number | null;
  clinical: boolean | null;
  changeFromIntake: number | null;
  reliableChange: ReliableChange | null;
  alert: boolean | null;
};

export type OpenFitEpisodeMutationVariables = Exact<{
  input: OpenFitEpisodeInput;
}>;

export type OpenFitEpisodeMutation = { openFitEpisode: { id: string; startedOn: string } };

export type CloseFitEpisodeMutationVariables = Exact<{
  input: CloseFitEpisodeInput;
}>;

export type CloseFitEpisodeMutation = {
  closeFitEpisode: { id: string; endedOn: string | null; closure: FitEpisodeClosure | null };
};

export type RecordFitSessionMutationVariables = Exact<{
  input: RecordFitSessionInput;
}>;

export type RecordFitSessionMutation = {
  recordFitSession: {
    id: string;
    heldOn: string;
    measurements: Array<{
      id: string;
      instrument: Instrument;
      total: number;
      derived: {
        clinical: boolean | null;
        cutoff: number | null;
        changeFromIntake: number | null;
        reliableChange: ReliableChange | null;
        srsAlert: boolean | null;
      } | null;
    }>;
  };
};

export type FormChoicesQueryVariables = Exact<{
  clientId: string;
}>;

export type FormChoicesQuery = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    teamMembers: Array<{
      professional: {
        id: string;
        firstName: string;
        lastName: string;
        profession: string;
        organization: { id: string; name: string };
      };
      teams: Array<{ id: string; name: string }>;
    }> | null;
    families: Array<{
      family: {
        id: string;
        members: Array<{ relation: FamilyRelation; client: { id: string; firstName: string | null; lastName: string | null } }>;
      };
    }> | null;
  } | null;
  organizations: Array<{ id: string; name: string; isCountyOrganization: boolean }>;
  deadlineRules: Array<{ code: string; description: string; days: number; unit: DeadlineUnit; services: Array<string> }>;
};

export type OrganizationProfessionalsQueryVariables = Exact<{ [key: string]: never }>;

export type OrganizationProfessionalsQuery = {
  teams: Array<{
    id: string;
    name: string;
    members: Array<{
      professional: {
        id: string;
        firstName: string;
        lastName: string;
        profession: string;
        organization: { id: string; name: string; isCountyOrganization: boolean };
      };
    }>;
  }>;
};

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;

export type RaiseConcernMutation = { raiseConcern: { id: string; deadline: string; daysLeft: number | null } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordConsentMutation = { recordConsent: { id: string; isActive: boolean; validFrom: string } };

export type RecordNetworkMeetingMutationVariables = Exact<{
  input: RecordNetworkMeetingInput;
}>;

export type RecordNetworkMeetingMutation = { recordNetworkMeeting: { id: string; heldOn: string } };

export type ScheduleNetworkMeetingMutationVariables = Exact<{
  input: ScheduleNetworkMeetingInput;
}>;

export type ScheduleNetworkMeetingMutation = {
  scheduleNetworkMeeting: { id: string; status: MeetingStatus; startsAt: string | null };
};

export type KarttaOverviewQueryVariables = Exact<{
  clientId: string;
}>;

export type KarttaOverviewQuery = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    families: Array<{
      relation: FamilyRelation;
      family: { id: string; members: Array<{ relation: FamilyRelation; client: { id: string; firstName: string | null } }> };
    }> | null;
    servicePlan: {
      id: string;
      version: number;
      goals: Array<string>;
      updatedAt: string;
      agreements: Array<{
        id: string;
        concern: string;
        nextAction: string;
        ifNotDone: string;
        followUp: string;
        dueOn: string;
        status: AgreementStatus;
        isOverdue: boolean;
        responsible: {
          professional: { id: string; firstName: string; lastName: string } | null;
          familyMember: { id: string; firstName: string | null } | null;
        };
      }>;
      reviews: Array<{ reviewedOn: string; findings: string; changes: string }>;
    } | null;
    responsibleWorker: {
      id: string;
      firstName: string;
      lastName: string;
      profession: string;
      workPhone: string | null;
      workEmail: string | null;
      organization: { id: string; name: string };
    } | null;
    teamMembers: Array<{
      isResponsibleWorker: boolean;
      professional: {
        id: string;
        firstName: string;
        lastName: string;
        profession: string;
        workPhone: string | null;
        workEmail: string | null;
        organization: { id: string; name: string };
      };
      teams: Array<{ id: string; name: string }>;
    }> | null;
    upcomingMeetings: Array<{
      id: string;
      kind: MeetingKind;
      startsAt: string | null;
      place: string | null;
      videoLink: string | null;
      facilitator: { id: string; firstName: string; lastName: string } | null;
    }> | null;
  } | null;
};

export type KarttaConsentsQueryVariables = Exact<{
  clientId: string;
}>;

export type KarttaConsentsQuery = {
  client: {
    id: string;
    firstName: string | null;
    consents: Array<{
      id: string;
      kind: ConsentKind;
      purpose: string;
      categories: Array<DataCategory>;
      isActive: boolean;
      validFrom: string;
      validUntil: string | null;
      revokedAt: string | null;
      givenBy: ConsentGiver;
      recipientOrganizations: Array<{ id: string; name: string }>;
    }> | null;
  } | null;
  organizations: Array<{ id: string; name: string }>;
};

export type KarttaAccessLogQueryVariables = Exact<{
  clientId: string;
  after?: string | null | undefined;
}>;

export type KarttaAccessLogQuery = {
  accessLog: {
    edges: Array<{
      node: {
        at: string;
        viewerId: string;
        viewerKind: string;
        organizationId: string | null;
        category: string;
        action: string;
        purpose: string | null;
        basis: string;
        outcome: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
  organizations: Array<{ id: string; name: string }>;
  client: {
    id: string;
    teamMembers: Array<{ professional: { id: string; firstName: string; lastName: string; profession: string } }> | null;
  } | null;
};

export type GiveConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type GiveConsentMutation = { recordConsent: { id: string; isActive: boolean } };

export type RevokeConsentMutationVariables = Exact<{
  id: string;
}>;

export type RevokeConsentMutation = { revokeConsent: { id: string; isActive: boolean; revokedAt: string | null } };

export type RolloutDashboardQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  from: string;
  to: string;
}>;

export type RolloutDashboardQuery = {
  trainingRollout: {
    trainedByMonth: Array<{ month: string; unitId: string | null; cumulative: number; newlyTrained: number }>;
    targetUnitCoverage: Array<{
      activeStaff: number;
      trained: number;
      share: number;
      unit: { unitId: string; service: string; region: string; organization: { id: string; name: string } | null };
    }>;
    inHouseTrainersByRegion: Array<{ region: string; count: number }>;
    trainedWithoutRecentMeasurements: Array<{ id: string; unit: string | null; organization: { id: string; name: string } }>;
  };
  fitUsers: Array<{ unitId: string | null; month: string; users: number }>;
  trainers: Array<{ professional: { id: string; organization: { id: string; name: string } } }>;
  organizations: Array<{ id: string; name: string }>;
};

export type OutcomeReportQueryVariables = Exact<{
  dimension: FitReportDimension;
  from: string;
  to: string;
}>;

export type OutcomeReportQuery = {
  fitOutcomeReport: Array<{
    groupKey: string | null;
    suppressed: boolean;
    clientsMeasured: number | null;
    episodesMeasured: number | null;
    sessions: number | null;
    sessionsWithMeasures: number | null;
    sessionsWithoutMeasures: number | null;
    averageIntakeOrs: number | null;
    averageLatestOrs: number | null;
  }>;
  teams: Array<{ id: string; name: string }>;
  organizations: Array<{ id: string; name: string }>;
};

export type ServicePlanQueryVariables = Exact<{
  clientId: string;
}>;

export type ServicePlanQuery = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    teamMembers: Array<{ professional: { id: string; firstName: string; lastName: string; profession: string } }> | null;
    families: Array<{
      family: {
        id: string;
        members: Array<{ relation: FamilyRelation; client: { id: string; firstName: string | null; lastName: string | null } }>;
      };
    }> | null;
    servicePlan: {
      id: string;
      version: number;
      goals: Array<string>;
      updatedAt: string;
      agreements: Array<{
        id: string;
        concern: string;
        nextAction: string;
        ifNotDone: string;
        followUp: string;
        dueOn: string;
        status: AgreementStatus;
        isOverdue: boolean;
        responsible: {
          professional: { id: string; firstName: string; lastName: string } | null;
          familyMember: { id: string; firstName: string | null; lastName: string | null } | null;
        };
      }>;
      reviews: Array<{ id: string; reviewedOn: string; findings: string; changes: string }>;
      history: Array<{ at: string; action: string; details: string; agreementId: string | null }>;
    } | null;
  } | null;
};

export type CreateServicePlanMutationVariables = Exact<{
  input: CreateServicePlanInput;
}>;

export type CreateServicePlanMutation = { createServicePlan: { id: string; version: number } };

export type UpdateServicePlanGoalsMutationVariables = Exact<{
  input: UpdateServicePlanGoalsInput;
}>;

export type UpdateServicePlanGoalsMutation = { updateServicePlanGoals: { id: string; version: number; goals: Array<string> } };

export type AddAgreementMutationVariables = Exact<{
  input: AddAgreementInput;
}>;

export type AddAgreementMutation = { addAgreement: { id: string; status: AgreementStatus } };

export type SetAgreementStatusMutationVariables = Exact<{
  input: SetAgreementStatusInput;
}>;

export type SetAgreementStatusMutation = { setAgreementStatus: { id: string; status: AgreementStatus } };

export type RecordPlanReviewMutationVariables = Exact<{
  input: RecordPlanReviewInput;
}>;

export type RecordPlanReviewMutation = { recordPlanReview: { id: string; reviewedOn: string } };

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DueConcernFragmentDoc = new TypedDocumentString(
  `
    fragment DueConcern on Concern {
  id
  kind
  description
  deadline
  daysLeft
  isOverdue
  status
  service
  client {
    id
    firstName
    lastName
  }
  family {
    id
    name
  }
}
    `,
  { fragmentName: "DueConcern" },
) as unknown as TypedDocumentString<DueConcernFragment, unknown>;
export const FitPointFragmentDoc = new TypedDocumentString(
  `
    fragment FitPoint on FitSeriesPoint {
  measurementId
  sessionId
  episodeId
  date
  instrument
  rater
  total
  cutoff
  clinical
  changeFromIntake
  reliableChange
  alert
}
    `,
  { fragmentName: "FitPoint" },
) as unknown as TypedDocumentString<FitPointFragment, unknown>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($professionalId: ID!) {
  professional(id: $professionalId) {
    id
    firstName
    lastName
    unit
    organization {
      id
      name
    }
    teams {
      id
      name
    }
    clients(first: 200) {
      edges {
        node {
          id
          firstName
          lastName
          birthDate
          responsibleWorker {
            id
          }
        }
      }
    }
  }
  overdueConcerns(
    filter: {responsibleProfessionalId: $professionalId}
    first: 100
  ) {
    ...DueConcern
  }
  concernsDueSoon(
    filter: {responsibleProfessionalId: $professionalId}
    withinDays: 2
    first: 100
  ) {
    ...DueConcern
  }
  clientsWithoutResponsibleWorker(first: 50) {
    edges {
      node {
        id
        firstName
        lastName
        birthDate
        teams {
          id
          name
        }
      }
    }
  }
}
    fragment DueConcern on Concern {
  id
  kind
  description
  deadline
  daysLeft
  isOverdue
  status
  service
  client {
    id
    firstName
    lastName
  }
  family {
    id
    name
  }
}`) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const ClientPageDocument = new TypedDocumentString(`
    query ClientPage($clientId: ID!) {
  client(id: $clientId) {
    id
    firstName
    lastName
    birthDate
    language
    hasIdentityCode
    identityCode
    temporaryIdentifier
    hasNonDisclosureOrder
    controllerOrganization {
      id
      name
    }
    contact {
      streetAddress
      postalCode
      postOffice
      phone
      email
    }
    families {
      relation
      family {
        id
        name
        members {
          relation
          client {
            id
            firstName
            lastName
            birthDate
          }
        }
      }
    }
    guardians {
      since
      guardian {
        id
        firstName
        lastName
      }
    }
    responsibleWorker {
      id
    }
    teamMembers {
      isResponsibleWorker
      professional {
        id
        firstName
        lastName
        profession
        unit
        workPhone
        workEmail
        organization {
          id
          name
        }
      }
      teams {
        id
        name
        kind
      }
    }
    concerns {
      id
      kind
      description
      raisedOn
      deadline
      daysLeft
      isOverdue
      status
      service
      raisedBy {
        professional {
          id
          firstName
          lastName
        }
        familyMember {
          id
          firstName
        }
      }
      reaction {
        meetingOn
        attendingProfessionals {
          id
          firstName
          lastName
        }
      }
    }
    consents {
      id
      kind
      givenBy
      purpose
      categories
      form
      validFrom
      validUntil
      revokedAt
      isActive
      recipientOrganizations {
        id
        name
      }
      recipientTeams {
        id
        name
      }
    }
    bans {
      id
      kind
      categories
      serviceTask
      validFrom
      validUntil
      isActive
      organization {
        id
        name
      }
    }
    meetings {
      id
      kind
      status
      heldOn
      startsAt
      place
      videoLink
      outcome
      cancellationReason
      facilitator {
        id
        firstName
        lastName
        organization {
          id
          name
        }
      }
      professionals {
        id
        firstName
        lastName
      }
      familyMembers {
        relation
        client {
          id
          firstName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientPageQuery, ClientPageQueryVariables>;
export const RecordMeetingHeldDocument = new TypedDocumentString(`
    mutation RecordMeetingHeld($input: RecordMeetingHeldInput!) {
  recordMeetingHeld(input: $input) {
    id
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingHeldMutation, RecordMeetingHeldMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    id
    status
    cancellationReason
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const UnmaskedIdentityCodeDocument = new TypedDocumentString(`
    query UnmaskedIdentityCode($clientId: ID!) {
  client(id: $clientId) {
    id
    identityCode(unmasked: true)
  }
}
    `) as unknown as TypedDocumentString<UnmaskedIdentityCodeQuery, UnmaskedIdentityCodeQueryVariables>;
export const ReactToConcernDocument = new TypedDocumentString(`
    mutation ReactToConcern($input: ReactToConcernInput!) {
  reactToConcern(input: $input) {
    id
    status
    reaction {
      meetingOn
    }
  }
}
    `) as unknown as TypedDocumentString<ReactToConcernMutation, ReactToConcernMutationVariables>;
export const ClientFitDocument = new TypedDocumentString(`
    query ClientFit($clientId: ID!, $episodeId: ID) {
  client(id: $clientId) {
    id
    firstName
    lastName
    birthDate
    fitEpisodes(first: 20) {
      edges {
        node {
          id
          kind
          startedOn
          endedOn
          closure
          owner {
            id
            firstName
            lastName
          }
        }
      }
    }
    fitSeries(episodeId: $episodeId) {
      outcome {
        ...FitPoint
      }
      sessionRating {
        ...FitPoint
      }
    }
  }
  fitConfiguration {
    version
    adultCutoff
    adolescentCutoff
    childCutoff
    reliableChangeOrs
    reliableChangeCors
    reliableChangeYcors
    srsAlertBelow
  }
}
    fragment FitPoint on FitSeriesPoint {
  measurementId
  sessionId
  episodeId
  date
  instrument
  rater
  total
  cutoff
  clinical
  changeFromIntake
  reliableChange
  alert
}`) as unknown as TypedDocumentString<ClientFitQuery, ClientFitQueryVariables>;
export const OpenFitEpisodeDocument = new TypedDocumentString(`
    mutation OpenFitEpisode($input: OpenFitEpisodeInput!) {
  openFitEpisode(input: $input) {
    id
    startedOn
  }
}
    `) as unknown as TypedDocumentString<OpenFitEpisodeMutation, OpenFitEpisodeMutationVariables>;
export const CloseFitEpisodeDocument = new TypedDocumentString(`
    mutation CloseFitEpisode($input: CloseFitEpisodeInput!) {
  closeFitEpisode(input: $input) {
    id
    endedOn
    closure
  }
}
    `) as unknown as TypedDocumentString<CloseFitEpisodeMutation, CloseFitEpisodeMutationVariables>;
export const RecordFitSessionDocument = new TypedDocumentString(`
    mutation RecordFitSession($input: RecordFitSessionInput!) {
  recordFitSession(input: $input) {
    id
    heldOn
    measurements {
      id
      instrument
      total
      derived {
        clinical
        cutoff
        changeFromIntake
        reliableChange
        srsAlert
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordFitSessionMutation, RecordFitSessionMutationVariables>;
export const FormChoicesDocument = new TypedDocumentString(`
    query FormChoices($clientId: ID!) {
  client(id: $clientId) {
    id
    firstName
    lastName
    teamMembers {
      professional {
        id
        firstName
        lastName
        profession
        organization {
          id
          name
        }
      }
      teams {
        id
        name
      }
    }
    families {
      family {
        id
        members {
          relation
          client {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
  organizations {
    id
    name
    isCountyOrganization
  }
  deadlineRules {
    code
    description
    days
    unit
    services
  }
}
    `) as unknown as TypedDocumentString<FormChoicesQuery, FormChoicesQueryVariables>;
export const OrganizationProfessionalsDocument = new TypedDocumentString(`
    query OrganizationProfessionals {
  teams {
    id
    name
    members {
      professional {
        id
        firstName
        lastName
        profession
        organization {
          id
          name
          isCountyOrganization
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationProfessionalsQuery, OrganizationProfessionalsQueryVariables>;
export const RaiseConcernDocument = new TypedDocumentString(`
    mutation RaiseConcern($input: RaiseConcernInput!) {
  raiseConcern(input: $input) {
    id
    deadline
    daysLeft
  }
}
    `) as unknown as TypedDocumentString<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    isActive
    validFrom
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const RecordNetworkMeetingDocument = new TypedDocumentString(`
    mutation RecordNetworkMeeting($input: RecordNetworkMeetingInput!) {
  recordNetworkMeeting(input: $input) {
    id
    heldOn
  }
}
    `) as unknown as TypedDocumentString<RecordNetworkMeetingMutation, RecordNetworkMeetingMutationVariables>;
export const ScheduleNetworkMeetingDocument = new TypedDocumentString(`
    mutation ScheduleNetworkMeeting($input: ScheduleNetworkMeetingInput!) {
  scheduleNetworkMeeting(input: $input) {
    id
    status
    startsAt
  }
}
    `) as unknown as TypedDocumentString<ScheduleNetworkMeetingMutation, ScheduleNetworkMeetingMutationVariables>;
export const KarttaOverviewDocument = new TypedDocumentString(`
    query KarttaOverview($clientId: ID!) {
  client(id: $clientId) {
    id
    firstName
    lastName
    families {
      relation
      family {
        id
        members {
          relation
          client {
            id
            firstName
          }
        }
      }
    }
    servicePlan {
      id
      version
      goals
      updatedAt
      agreements {
        id
        concern
        nextAction
        responsible {
          professional {
            id
            firstName
            lastName
          }
          familyMember {
            id
            firstName
          }
        }
        ifNotDone
        followUp
        dueOn
        status
        isOverdue
      }
      reviews {
        reviewedOn
        findings
        changes
      }
    }
    responsibleWorker {
      id
      firstName
      lastName
      profession
      workPhone
      workEmail
      organization {
        id
        name
      }
    }
    teamMembers {
      isResponsibleWorker
      professional {
        id
        firstName
        lastName
        profession
        workPhone
        workEmail
        organization {
          id
          name
        }
      }
      teams {
        id
        name
      }
    }
    upcomingMeetings: meetings(status: SCHEDULED) {
      id
      kind
      startsAt
      place
      videoLink
      facilitator {
        id
        firstName
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KarttaOverviewQuery, KarttaOverviewQueryVariables>;
export const KarttaConsentsDocument = new TypedDocumentString(`
    query KarttaConsents($clientId: ID!) {
  client(id: $clientId) {
    id
    firstName
    consents {
      id
      kind
      purpose
      categories
      isActive
      validFrom
      validUntil
      revokedAt
      givenBy
      recipientOrganizations {
        id
        name
      }
    }
  }
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<KarttaConsentsQuery, KarttaConsentsQueryVariables>;
export const KarttaAccessLogDocument = new TypedDocumentString(`
    query KarttaAccessLog($clientId: ID!, $after: String) {
  accessLog(clientId: $clientId, first: 50, after: $after) {
    edges {
      node {
        at
        viewerId
        viewerKind
        organizationId
        category
        action
        purpose
        basis
        outcome
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  organizations {
    id
    name
  }
  client(id: $clientId) {
    id
    teamMembers {
      professional {
        id
        firstName
        lastName
        profession
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KarttaAccessLogQuery, KarttaAccessLogQueryVariables>;
export const GiveConsentDocument = new TypedDocumentString(`
    mutation GiveConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    isActive
  }
}
    `) as unknown as TypedDocumentString<GiveConsentMutation, GiveConsentMutationVariables>;
export const RevokeConsentDocument = new TypedDocumentString(`
    mutation RevokeConsent($id: ID!) {
  revokeConsent(id: $id) {
    id
    isActive
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const RolloutDashboardDocument = new TypedDocumentString(`
    query RolloutDashboard($fromMonth: String!, $toMonth: String!, $from: Date!, $to: Date!) {
  trainingRollout {
    trainedByMonth(from: $fromMonth, to: $toMonth, groupBy: UNIT) {
      month
      unitId
      cumulative
      newlyTrained
    }
    targetUnitCoverage {
      unit {
        unitId
        service
        region
        organization {
          id
          name
        }
      }
      activeStaff
      trained
      share
    }
    inHouseTrainersByRegion {
      region
      count
    }
    trainedWithoutRecentMeasurements {
      id
      unit
      organization {
        id
        name
      }
    }
  }
  fitUsers(from: $from, to: $to) {
    unitId
    month
    users
  }
  trainers {
    professional {
      id
      organization {
        id
        name
      }
    }
  }
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RolloutDashboardQuery, RolloutDashboardQueryVariables>;
export const OutcomeReportDocument = new TypedDocumentString(`
    query OutcomeReport($dimension: FitReportDimension!, $from: Date!, $to: Date!) {
  fitOutcomeReport(dimension: $dimension, from: $from, to: $to) {
    groupKey
    suppressed
    clientsMeasured
    episodesMeasured
    sessions
    sessionsWithMeasures
    sessionsWithoutMeasures
    averageIntakeOrs
    averageLatestOrs
  }
  teams {
    id
    name
  }
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportQuery, OutcomeReportQueryVariables>;
export const ServicePlanDocument = new TypedDocumentString(`
    query ServicePlan($clientId: ID!) {
  client(id: $clientId) {
    id
    firstName
    lastName
    teamMembers {
      professional {
        id
        firstName
        lastName
        profession
      }
    }
    families {
      family {
        id
        members {
          relation
          client {
            id
            firstName
            lastName
          }
        }
      }
    }
    servicePlan {
      id
      version
      goals
      updatedAt
      agreements {
        id
        concern
        nextAction
        responsible {
          professional {
            id
            firstName
            lastName
          }
          familyMember {
            id
            firstName
            lastName
          }
        }
        ifNotDone
        followUp
        dueOn
        status
        isOverdue
      }
      reviews {
        id
        reviewedOn
        findings
        changes
      }
      history {
        at
        action
        details
        agreementId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicePlanQuery, ServicePlanQueryVariables>;
export const CreateServicePlanDocument = new TypedDocumentString(`
    mutation CreateServicePlan($input: CreateServicePlanInput!) {
  createServicePlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateServicePlanMutation, CreateServicePlanMutationVariables>;
export const UpdateServicePlanGoalsDocument = new TypedDocumentString(`
    mutation UpdateServicePlanGoals($input: UpdateServicePlanGoalsInput!) {
  updateServicePlanGoals(input: $input) {
    id
    version
    goals
  }
}
    `) as unknown as TypedDocumentString<UpdateServicePlanGoalsMutation, UpdateServicePlanGoalsMutationVariables>;
export const AddAgreementDocument = new TypedDocumentString(`
    mutation AddAgreement($input: AddAgreementInput!) {
  addAgreement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AddAgreementMutation, AddAgreementMutationVariables>;
export const SetAgreementStatusDocument = new TypedDocumentString(`
    mutation SetAgreementStatus($input: SetAgreementStatusInput!) {
  setAgreementStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetAgreementStatusMutation, SetAgreementStatusMutationVariables>;
export const RecordPlanReviewDocument = new TypedDocumentString(`
    mutation RecordPlanReview($input: RecordPlanReviewInput!) {
  recordPlanReview(input: $input) {
    id
    reviewedOn
  }
}
    `) as unknown as TypedDocumentString<RecordPlanReviewMutation, RecordPlanReviewMutationVariables>;
