/**
 * The GraphQL operations the FHIR view runs through the gateway, and the shapes of their answers.
 * Only what the mappers use is asked for, so the access log records only what was read.
 */

export interface ClientData {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  language: string;
  hasNonDisclosureOrder: boolean;
  temporaryIdentifier: string | null;
  /** Asked for unmasked: null when the client has none or the viewer may not see it in full. */
  identityCode: string | null;
  contact: {
    streetAddress: string | null;
    postalCode: string | null;
    postOffice: string | null;
    phone: string | null;
    email: string | null;
  } | null;
}

export const PATIENT_QUERY = `query FhirPatient($id: ID!) {
  client(id: $id) {
    id firstName lastName birthDate language hasNonDisclosureOrder temporaryIdentifier
    identityCode(unmasked: true)
    contact { streetAddress postalCode postOffice phone email }
  }
}`;

export interface MeasurementData {
  id: string;
  instrument: "ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "YCSRS" | "GSRS";
  measuredOn: string;
  total: number;
  items: number[] | null;
  rater: "CLIENT" | "PARENT" | "GUARDIAN" | "OTHER_PROFESSIONAL";
  raterRelation: string | null;
}

export interface FitSessionData {
  id: string;
  heldOn: string;
  professional: { id: string };
  measurements: MeasurementData[];
}

export interface FitEpisodeData {
  id: string;
  sessions: FitSessionData[];
}

const SESSION_FIELDS = `id heldOn professional { id }
          measurements { id instrument measuredOn total items rater raterRelation }`;

/**
 * A page of the client's episodes, each with its first page of sessions. Pages are small so that the
 * operation stays well inside the gateway's cost limit (10 × 20 sessions × their measurements).
 */
export const EPISODE_PAGE_QUERY = `query FhirEpisodes($id: ID!, $after: String) {
  client(id: $id) {
    id
    fitEpisodes(first: 10, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          sessions(first: 20) {
            pageInfo { hasNextPage endCursor }
            edges { node { ${SESSION_FIELDS} } }
          }
        }
      }
    }
  }
}`;

/** The further sessions of one episode, after its first page. */
export const SESSION_PAGE_QUERY = `query FhirSessions($id: ID!, $after: String) {
  fitEpisode(id: $id) {
    id
    sessions(first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${SESSION_FIELDS} } }
    }
  }
}`;

export interface TeamData {
  id: string;
  name: string;
  kind: string;
  members: { id: string; role: string; since: string; until: string | null; professional: { id: string } }[];
}

export const TEAMS_QUERY = `query FhirCareTeams($id: ID!) {
  client(id: $id) {
    id
    responsibleWorker { id }
    teams { id name kind members { id role since until professional { id } } }
  }
}`;

export interface ConsentData {
  id: string;
  kind: "SHARING" | "ACTING_ON_BEHALF";
  categories: string[];
  validFrom: string;
  validUntil: string | null;
  givenAt: string;
  revokedAt: string | null;
  isActive: boolean;
  recipientOrganizations: { id: string }[];
  recipientTeams: { id: string }[];
}

export const CONSENTS_QUERY = `query FhirConsents($id: ID!) {
  client(id: $id) {
    id
    consents {
      id kind categories validFrom validUntil givenAt revokedAt isActive
      recipientOrganizations { id }
      recipientTeams { id }
    }
  }
}`;
