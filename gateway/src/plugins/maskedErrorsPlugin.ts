import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { maskError } from "@silta/kernel";
import type { GatewayContext } from "../GatewayContext";

/**
 * Apollo `formatError` for the gateway: the kernel's masking, without the extensions that describe
 * the hub's insides (which subgraph answered). The request id is kept when the error carries one;
 * {@link maskedErrorsPlugin} stamps it on the rest.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { serviceName: _serviceName, response: _response, ...extensions } = formatted.extensions ?? {};
  const requestId = typeof extensions["requestId"] === "string" ? extensions["requestId"] : undefined;
  return maskError({ ...formatted, extensions }, error, { requestId });
}

/**
 * `formatError` sees no context, so this plugin does the request-scoped part: the detail of every
 * error the caller will see masked goes to the log with the request id, and every error the caller
 * sees carries that id, so the two can be matched.
 */
export function maskedErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            maskError(error.toJSON(), error, {
              onMasked: () =>
                contextValue.log.error(
                  {
                    err: error.originalError ?? error,
                    path: error.path,
                    subgraph: error.extensions["serviceName"],
                    operationName,
                  },
                  "request failed; the caller sees INTERNAL_SERVER_ERROR",
                ),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const { requestId } = contextValue;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId },
          }));
        },
      };
    },
  };
}
