import type { GraphQLFormattedError } from "graphql";
import { databaseFailureOf } from "./databaseFailure";
import { ErrorCode } from "./SiltaError";

const publicCodes = new Set<string>(Object.values(ErrorCode));
/** Codes that graphql-js and Apollo Server produce for a malformed request; they carry no internals. */
const requestErrorCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export interface MaskContext {
  requestId?: string;
  /** Receives the original error when it is masked, so its detail reaches the log and not the caller. */
  onMasked?: (error: unknown, formatted: GraphQLFormattedError) => void;
}

/**
 * Apollo `formatError`: keeps Silta's own errors and request-shape errors, masks everything else
 * (SQL, stack traces, URLs) as INTERNAL_SERVER_ERROR (a failing database as SERVICE_UNAVAILABLE), and stamps the request id on every error.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, context: MaskContext = {}): GraphQLFormattedError {
  const code = String(formatted.extensions?.["code"] ?? "");
  const { stacktrace: _stack, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
  if (publicCodes.has(code) && code !== ErrorCode.Internal) {
    return { ...formatted, extensions: { ...extensions, requestId: context.requestId } };
  }
  if (requestErrorCodes.has(code)) {
    return { ...formatted, extensions: { code, requestId: context.requestId } };
  }
  context.onMasked?.(error, formatted);
  // A database that timed out or is down is not the caller's mistake, nor a bug: say so, and what to do.
  const unavailable = databaseFailureOf(error);
  if (unavailable)
    return {
      message: unavailable.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...unavailable.extensions, requestId: context.requestId },
    };
  return {
    message: "Internal error. Quote the request id to the Silta operators.",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.Internal, requestId: context.requestId },
  };
}
