import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { IncomingMessage } from "node:http";
import { serveFhir, type GraphQLAnswer, type RunGraphQL } from "@silta/fhir";
import type { RouteHandler } from "@silta/kernel/http";
import type { GatewayContext, RequestStats } from "../GatewayContext";
import type { GatewayContextBuilder } from "./graphqlRoute";

export interface FhirGateway {
  apollo: ApolloServer<GatewayContext>;
  context: GatewayContextBuilder;
}

/** `/fhir/R4` and below: the FHIR R4 read view (`@silta/fhir`), its GraphQL run through this gateway as the caller. */
export function fhirRoute(gateway: FhirGateway): RouteHandler {
  return (request, response, requestId) => serveFhir(request, response, runThroughGateway(gateway, request, requestId));
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
