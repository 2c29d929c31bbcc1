/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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
      organization: { id: string; name: string };
    } | null;
    teamMembers: Array<{
      isResponsibleWorker: boolean;
      professional: {
        id: string;
        firstName: string;
        lastName: string;
        profession: string;
        organization: { id: string; name: string };
      };
      teams: Array<{ id: string; name: string }>;
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
