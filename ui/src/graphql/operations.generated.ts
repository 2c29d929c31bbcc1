/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
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
