import type { FhirResource, OperationOutcome, Resource } from "fhir/r4";
import { capabilityStatement } from "./capabilityStatement";
import { careTeamFromTeam } from "./careTeamFromTeam";
import { consentFromConsent } from "./consentFromConsent";
import {
  CONSENTS_QUERY,
  PATIENT_QUERY,
  TEAMS_QUERY,
  type ClientData,
  type ConsentData,
  type FitEpisodeData,
  type TeamData,
} from "./fhirOperations";
import { readAllFitEpisodes } from "./fitMeasurementPages";
import { FHIR_BASE_PATH, SEARCHABLE_TYPES, type SearchableType } from "./fhirInteractions";
import { observationFromMeasurement } from "./observationsFromMeasurement";
import { operationOutcome, outcomeCodeOf, STATUS_OF, type OutcomeCode } from "./operationOutcome";
import { patientFromClient } from "./patientFromClient";
import { questionnaireResponseFromMeasurement } from "./questionnaireResponseFromMeasurement";
import { searchsetBundle } from "./searchsetBundle";

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What one GraphQL operation run through the gateway answered. */
export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
}

/** Runs one GraphQL operation through the gateway as the caller (their token, their viewer). */
export type RunGraphQL = (query: string, variables: Record<string, unknown>) => Promise<GraphQLAnswer>;

export interface FhirRequest {
  method: string;
  /** The path below `/fhir/R4`, e.g. `/Patient/<id>`. */
  path: string;
  searchParams: URLSearchParams;
  /** Absolute URL of `/fhir/R4` as the caller reached it, for the Bundle's full URLs. */
  baseUrl: string;
}

export interface FhirAnswer {
  status: number;
  body: Resource;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const refuse = (code: OutcomeCode, diagnostics: string, status = STATUS_OF[code]): FhirAnswer => ({
  status,
  body: operationOutcome(code, diagnostics),
});

/** The first error that decides the answer, as an OperationOutcome with its status. */
function failure(answer: GraphQLAnswer, matters: (error: GraphQLError) => boolean): FhirAnswer | undefined {
  const error = answer.body.errors?.find(matters);
  if (!error) return undefined;
  const code = outcomeCodeOf(error.extensions?.["code"] as string | undefined);
  return { status: STATUS_OF[code], body: operationOutcome(code, error.message) as OperationOutcome };
}

/**
 * Answers one FHIR request by running the GraphQL operations it needs as the caller, so every
 * access rule and access log entry of the API applies unchanged: read a Patient, search the other
 * types by patient, or the CapabilityStatement.
 */
export async function answerFhir(request: FhirRequest, run: RunGraphQL): Promise<FhirAnswer> {
  if (request.method !== "GET") return refuse("not-supported", "This FHIR view is read-only: use GET.", 405);
  const segments = request.path.split("/").filter(Boolean);
  if (segments.length === 1 && segments[0] === "metadata")
    return { status: 200, body: capabilityStatement(request.baseUrl, new Date().toISOString()) };
  const [type, id, ...rest] = segments;
  if (type === "Patient" && id !== undefined && rest.length === 0) return readPatient(id, run);
  if (SEARCHABLE_TYPES.includes(type as SearchableType) && id === undefined) return search(type as SearchableType, request, run);
  return refuse(
    "not-supported",
    `Not supported: ${request.method} ${FHIR_BASE_PATH}${request.path}. See ${FHIR_BASE_PATH}/metadata for what is.`,
  );
}

async function readPatient(id: string, run: RunGraphQL): Promise<FhirAnswer> {
  // Patient ids are UUIDs: anything else names no patient.
  if (!uuidPattern.test(id)) return refuse("not-found", `No Patient ${id.slice(0, 64)}.`);
  const answer = await run(PATIENT_QUERY, { id });
  // The identity code and contact fields may be refused on their own; the Patient is then given without them.
  const refused = failure(answer, (error) => !error.path || error.path.length <= 1);
  if (refused) return refused;
  const client = answer.body.data?.["client"] as ClientData | null | undefined;
  if (!client) return refuse("not-found", `No Patient ${id}.`);
  return { status: 200, body: patientFromClient(client) };
}

function patientParameter(request: FhirRequest): string | undefined {
  const value = request.searchParams.get("patient") ?? request.searchParams.get("subject");
  if (!value) return undefined;
  return value.startsWith("Patient/") ? value.slice("Patient/".length) : value;
}

async function search(type: SearchableType, request: FhirRequest, run: RunGraphQL): Promise<FhirAnswer> {
  const patientId = patientParameter(request);
  if (!patientId) return refuse("invalid", `Searching ${type} needs the patient: ${type}?patient=<id>.`);
  const selfUrl = `${request.baseUrl}/${type}?patient=${encodeURIComponent(patientId)}`;
  if (!uuidPattern.test(patientId)) return { status: 200, body: searchsetBundle(request.baseUrl, selfUrl, []) };
  const answer = await readerOf[type](patientId, run);
  // A search either answers in full or not at all: a partial list would read as a complete one.
  const refused = failure(answer, () => true);
  if (refused) return refused;
  const client = answer.body.data?.["client"] as Record<string, unknown> | null | undefined;
  const resources = client ? resourcesOf[type](patientId, client) : [];
  return { status: 200, body: searchsetBundle(request.baseUrl, selfUrl, resources) };
}

const readerOf: Record<SearchableType, (patientId: string, run: RunGraphQL) => Promise<GraphQLAnswer>> = {
  CareTeam: (id, run) => run(TEAMS_QUERY, { id }),
  Consent: (id, run) => run(CONSENTS_QUERY, { id }),
  // FIT data comes a page at a time; the reader follows every page before anything is mapped.
  QuestionnaireResponse: readAllFitEpisodes,
  Observation: readAllFitEpisodes,
};

/** Measurements of all the client's episodes, oldest first, with the session they belong to. */
function measurementsOf(client: Record<string, unknown>) {
  const episodes = (client["fitEpisodes"] ?? []) as FitEpisodeData[];
  return episodes
    .flatMap((episode) =>
      episode.sessions.flatMap((session) => session.measurements.map((measurement) => ({ session, measurement }))),
    )
    .sort(
      (a, b) =>
        a.measurement.measuredOn.localeCompare(b.measurement.measuredOn) || a.measurement.id.localeCompare(b.measurement.id),
    );
}

const resourcesOf: Record<SearchableType, (patientId: string, client: Record<string, unknown>) => FhirResource[]> = {
  Observation: (patientId, client) =>
    measurementsOf(client).map(({ session, measurement }) => observationFromMeasurement(patientId, session, measurement)),
  QuestionnaireResponse: (patientId, client) =>
    measurementsOf(client).map(({ session, measurement }) =>
      questionnaireResponseFromMeasurement(patientId, session, measurement),
    ),
  CareTeam: (patientId, client) => {
    const worker = client["responsibleWorker"] as { id: string } | null;
    return ((client["teams"] ?? []) as TeamData[]).map((team) => careTeamFromTeam(patientId, team, worker?.id ?? null));
  },
  Consent: (patientId, client) =>
    ((client["consents"] ?? []) as ConsentData[]).map((consent) => consentFromConsent(patientId, consent)),
};
