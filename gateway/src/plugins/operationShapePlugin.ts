import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode } from "graphql";
import type { GatewayContext } from "../GatewayContext";

/** Apollo Server's code for a document whose operation cannot be chosen; passed to callers as a request error. */
export const OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";

/**
 * Refuses, with 400 and a message saying what to send instead, the valid documents the gateway
 * cannot run: several operations without a matching `operationName`, and subscriptions (the
 * gateway serves queries and mutations over HTTP only). Left to Apollo Gateway's executor, both
 * failed during execution and reached the caller as an HTTP 500.
 */
export function operationShapePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) throw unresolved(document, request.operationName);
          if (operation.operation === "subscription") {
            throw new GraphQLError("The gateway does not serve subscriptions; send a query or a mutation.", {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function unresolved(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const names = document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((definition) => definition.name?.value)
    .filter((name): name is string => Boolean(name));
  const message = operationName
    ? `The document has no operation named "${operationName}". Set operationName to one of: ${names.join(", ") || "(none is named)"}.`
    : `The document holds several operations; set operationName to the one to run (${names.join(", ")}).`;
  return new GraphQLError(message, { extensions: { code: OPERATION_RESOLUTION_FAILURE, http: { status: 400 } } });
}
