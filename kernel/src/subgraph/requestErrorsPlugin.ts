import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../log";
import { SiltaError } from "../errors";

interface RequestScoped {
  requestId?: string;
}

/**
 * Logs every error that is not one of Silta's own (those are masked for the caller, so the log is
 * where their detail lives) and stamps the request id on each error the caller sees.
 */
export function requestErrorsPlugin<Context extends RequestScoped>(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (error.originalError instanceof SiltaError || error instanceof SiltaError) continue;
            const code = error.extensions?.["code"];
            if (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED" || code === "BAD_USER_INPUT") continue;
            log.error(
              { err: error.originalError ?? error, path: error.path, operationName, requestId: contextValue?.requestId },
              "resolver failed",
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const requestId = contextValue?.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId },
          }));
        },
      };
    },
  };
}
