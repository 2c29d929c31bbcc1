import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { maskError } from "@silta/kernel";
import type { GatewayContext } from "../GatewayContext";
import { OPERATION_LIMIT_CODE } from "../limits/operationLimits";
import { RATE_LIMITED } from "../rateLimit/rateLimitRefusal";
import { SUBGRAPH_UNAVAILABLE } from "../subgraphDataSource";

/** The gateway's own codes: about the request or the hub's state, never about its insides. */
const GATEWAY_CODES = new Set([OPERATION_LIMIT_CODE, RATE_LIMITED, SUBGRAPH_UNAVAILABLE]);
/** The only extensions a gateway error may carry to the caller. */
const GATEWAY_EXTENSIONS = ["limit", "max", "reason", "retryAfterSeconds"];
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo `formatError` for the gateway: the kernel's masking, without the extensions that describe
 * the hub's insides (which subgraph answered). The request id is kept when the error carries one;
 * {@link maskedErrorsPlugin} stamps it on the rest.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { serviceName: _serviceName, response: _response, ...extensions } = formatted.extensions ?? {};
  const requestId = typeof extensions["requestId"] === "string" ? extensions["requestId"] : undefined;
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `The operation has more than ${tokens[1]} tokens. Simplify it or split it.`,
      extensions: { code: OPERATION_LIMIT_CODE, limit: "tokens", max: Number(tokens[1]), requestId },
    };
  }
  const code = gatewayCodeOf(extensions);
  if (code) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code,
        ...Object.fromEntries(GATEWAY_EXTENSIONS.filter((key) => key in extensions).map((key) => [key, extensions[key]])),
        requestId,
      },
    };
  }
  return maskError({ ...formatted, extensions }, error, { requestId });
}

/**
 * The gateway's own code an error carries (shown to the caller as it is), or undefined. Apollo
 * re-codes validation errors as GRAPHQL_VALIDATION_FAILED; a limit's refusal keeps its `limit`.
 */
function gatewayCodeOf(extensions: Record<string, unknown> | undefined): string | undefined {
  const code = typeof extensions?.["limit"] === "string" ? OPERATION_LIMIT_CODE : String(extensions?.["code"] ?? "");
  return GATEWAY_CODES.has(code) ? code : undefined;
}

/** graphql-js's "Did you mean …?" hints, which would name fields even with introspection off. */
const SUGGESTION = / ?Did you mean [^?]*\?$/;

/** {@link formatGatewayError}, also dropping field suggestions (graphql-armor's block-field-suggestions idea) when the schema is not public. */
export function gatewayErrorFormatter(options: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatGatewayError(formatted, error);
    return options.hideSuggestions && SUGGESTION.test(result.message)
      ? { ...result, message: result.message.replace(SUGGESTION, "") }
      : result;
  };
}

/**
 * `formatError` sees no context, so this plugin does the request-scoped part: the detail of every
 * error the caller will see masked goes to the log with the request id, and every error the caller
 * sees carries that id, so the two can be matched. Errors with the gateway's own codes are not
 * masked ({@link formatGatewayError}), so not logged as masked either.
 */
export function maskedErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            // Shown as they are by formatGatewayError, so not masked: a subgraph that did not answer
            // is logged once per call by the data source, not once per missing path here.
            if (gatewayCodeOf(error.extensions)) continue;
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
