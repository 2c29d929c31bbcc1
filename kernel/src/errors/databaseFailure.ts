import { deadlineMessages } from "../db/requestDeadline";
import { ErrorCode, SiltaError } from "./SiltaError";

/** SQLSTATE 57014 (query_canceled): what PostgreSQL answers when statement_timeout cancels a statement. */
const statementTimeoutCode = "57014";
/** Codes of a database that cannot be reached or is shutting down (Node socket errors, SQLSTATE class 08, 57P0x). */
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
]);
/** Prisma driver adapter error kinds that mean the same. */
const unavailableKinds = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections"]);
/** pg and pg-pool say some of it only in words. */
const unavailableMessages = [
  /Can't reach database server/,
  /timeout exceeded when trying to connect/,
  /Connection terminated/,
  /the database system is (starting up|shutting down|in recovery mode)/,
];

/**
 * SERVICE_UNAVAILABLE for a failure of the database rather than of the request's input: a statement
 * stopped at its request's deadline (`reason: "deadline"`, or `"cancelled"` when the caller hung
 * up), one cancelled at the statement timeout, or a server that cannot be reached. Undefined for anything else. Looks
 * through the wrappers (GraphQLError.originalError, Prisma's meta.driverAdapterError, `cause`).
 */
export function databaseFailureOf(error: unknown): SiltaError | undefined {
  for (const candidate of causesOf(error)) {
    const code = String(candidate["originalCode"] ?? candidate["code"] ?? "");
    const message = String(candidate["originalMessage"] ?? candidate["message"] ?? "");
    if (message === deadlineMessages.deadline || message === deadlineMessages.disconnected)
      return new SiltaError(
        ErrorCode.ServiceUnavailable,
        "The request ran out of time and its database work was stopped. Narrow the request (a longer search term, a shorter period, a smaller page) or try again later.",
        { reason: message === deadlineMessages.deadline ? "deadline" : "cancelled" },
      );
    if (code === statementTimeoutCode || /canceling statement due to statement timeout/.test(message))
      return new SiltaError(
        ErrorCode.ServiceUnavailable,
        "The database took longer than its statement timeout and the query was cancelled. Narrow the request (a longer search term, a shorter period, a smaller page) or try again later.",
        { reason: "statement_timeout" },
      );
    if (
      unavailableCodes.has(code) ||
      code.startsWith("08") ||
      unavailableKinds.has(String(candidate["kind"] ?? "")) ||
      unavailableMessages.some((pattern) => pattern.test(message))
    )
      return new SiltaError(
        ErrorCode.ServiceUnavailable,
        "The database is unavailable right now; nothing was changed by this field. Try again in a moment.",
        { reason: "database_unavailable" },
      );
  }
  return undefined;
}

/**
 * Whether `error` is a statement the database layer stopped for its request (its deadline passed, or
 * its caller hung up), as opposed to a failure of the database: told by the layer's own messages,
 * through the same wrappers as {@link databaseFailureOf} (the pg error itself, or Prisma's around it).
 */
export function stoppedForItsRequest(error: unknown): boolean {
  for (const candidate of causesOf(error)) {
    const message = String(candidate["originalMessage"] ?? candidate["message"] ?? "");
    if (message === deadlineMessages.deadline || message === deadlineMessages.disconnected) return true;
  }
  return false;
}

function* causesOf(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || typeof error !== "object" || error === null) return;
  const record = error as Record<string, unknown>;
  yield record;
  const meta = record["meta"] as Record<string, unknown> | undefined;
  // `thrownValue`: graphql-js wraps a thrown value that is no `Error` of its own realm (NonErrorThrown),
  // as pg's socket errors are under Jest's sandbox, where they come from Node's realm.
  for (const next of [record["originalError"], record["cause"], meta?.["driverAdapterError"], record["thrownValue"]])
    yield* causesOf(next, depth + 1);
}
