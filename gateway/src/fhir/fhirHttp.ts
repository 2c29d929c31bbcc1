import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GatewayContext, RequestStats } from "../GatewayContext";
import { FHIR_BASE_PATH } from "./fhirInteractions";
import { answerFhir, type GraphQLAnswer, type RunGraphQL } from "./fhirRoutes";

export const FHIR_CONTENT_TYPE = "application/fhir+json; charset=utf-8";

/** Whether the HTTP front should hand this path to the FHIR view. */
export function isFhirPath(path: string): boolean {
  return path === FHIR_BASE_PATH || path.startsWith(`${FHIR_BASE_PATH}/`);
}

export interface FhirGateway {
  apollo: ApolloServer<GatewayContext>;
  context(request: IncomingMessage, requestId: string, stats: RequestStats): Promise<GatewayContext>;
}

/**
 * Runs GraphQL operations through the gateway's own Apollo Server with the context built from the
 * FHIR request itself: the caller's token is verified, rate-limited and turned into their viewer
 * exactly as for /graphql, and the subgraphs decide and log access as always. No side door.
 */
export function runThroughGateway(gateway: FhirGateway, request: IncomingMessage, requestId: string): RunGraphQL {
  return async (query, variables) => {
    const stats: RequestStats = {};
    let text = "";
    let result: Awaited<ReturnType<ApolloServer<GatewayContext>["executeHTTPGraphQLRequest"]>>;
    try {
      result = await gateway.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: "POST",
          headers: new HeaderMap([["content-type", "application/json"]]),
          search: "",
          body: { query, variables },
        },
        context: () => gateway.context(request, requestId, stats),
      });
      if (result.body.kind === "complete") text = result.body.string;
      else for await (const chunk of result.body.asyncIterator) text += chunk;
    } finally {
      // Frees the caller's in-flight slot taken by the context, as the HTTP front does for /graphql.
      stats.release?.();
    }
    const status = result.status ?? 200;
    try {
      return { status, body: JSON.parse(text) as GraphQLAnswer["body"] };
    } catch {
      // Apollo answers a few refusals in plain text; the view still answers with an OperationOutcome.
      return {
        status,
        body: {
          errors: [
            {
              message: "The GraphQL API refused the request.",
              extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" },
            },
          ],
        },
      };
    }
  };
}

/** Serves one request under /fhir/R4 as FHIR JSON. */
export async function serveFhir(
  gateway: FhirGateway,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "gateway"}`);
  const answer = await answerFhir(
    {
      method: (request.method ?? "GET").toUpperCase(),
      path: url.pathname.slice(FHIR_BASE_PATH.length),
      searchParams: url.searchParams,
      baseUrl: `${url.origin}${FHIR_BASE_PATH}`,
    },
    runThroughGateway(gateway, request, requestId),
  );
  response.statusCode = answer.status;
  response.setHeader("content-type", FHIR_CONTENT_TYPE);
  if (answer.status === 401) response.setHeader("www-authenticate", "Bearer");
  response.end(JSON.stringify(answer.body));
}
