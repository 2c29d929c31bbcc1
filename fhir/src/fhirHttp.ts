import type { IncomingMessage, ServerResponse } from "node:http";
import { FHIR_BASE_PATH } from "./fhirInteractions";
import { answerFhir, type RunGraphQL } from "./fhirRoutes";

export const FHIR_CONTENT_TYPE = "application/fhir+json; charset=utf-8";

/** Whether the HTTP front should hand this path to the FHIR view. */
export function isFhirPath(path: string): boolean {
  return path === FHIR_BASE_PATH || path.startsWith(`${FHIR_BASE_PATH}/`);
}

/**
 * Serves one request under /fhir/R4 as FHIR JSON, running the GraphQL operations it needs with
 * `run`: the gateway's own, as the caller (gateway/src/http/fhirRoute.ts), so the view has no side door.
 */
export async function serveFhir(request: IncomingMessage, response: ServerResponse, run: RunGraphQL): Promise<void> {
  const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "gateway"}`);
  const answer = await answerFhir(
    {
      method: (request.method ?? "GET").toUpperCase(),
      path: url.pathname.slice(FHIR_BASE_PATH.length),
      searchParams: url.searchParams,
      baseUrl: `${url.origin}${FHIR_BASE_PATH}`,
    },
    run,
  );
  response.statusCode = answer.status;
  response.setHeader("content-type", FHIR_CONTENT_TYPE);
  if (answer.status === 401) response.setHeader("www-authenticate", "Bearer");
  response.end(JSON.stringify(answer.body));
}
