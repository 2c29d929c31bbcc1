import { GraphQLError } from "graphql";

/**
 * The closed set of error codes Silta answers with. Anything else is masked as
 * INTERNAL_SERVER_ERROR by {@link maskError}, so callers can switch on the code.
 */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  /** The request was fine but a dependency failed (the database timed out or is down): retry later. */
  ServiceUnavailable: "SERVICE_UNAVAILABLE",
  /**
   * The access decision could not be made (the consents service or its store is down): nothing
   * was shown, and the caller may retry. Not FORBIDDEN (no decision denied it) and never an empty
   * list, which would read as "no clients".
   */
  AccessDecisionUnavailable: "ACCESS_DECISION_UNAVAILABLE",
  Internal: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatusOf: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
};

/** The one base class of errors that are safe to show to the caller as they are. */
export class SiltaError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    const status = httpStatusOf[code];
    super(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
    this.code = code;
  }
}

/** BAD_USER_INPUT naming the field (a dotted path into the input) and the rule it broke. */
export function badUserInput(field: string, rule: string, message: string): SiltaError {
  return new SiltaError(ErrorCode.BadUserInput, message, { field, rule });
}

export function notFound(what: string, id: string): SiltaError {
  return new SiltaError(ErrorCode.NotFound, `${what} ${id} does not exist or is not visible to you.`);
}

export function forbidden(message: string, extensions: Record<string, unknown> = {}): SiltaError {
  return new SiltaError(ErrorCode.Forbidden, message, extensions);
}

/**
 * ACCESS_DECISION_UNAVAILABLE at the field that needed the decision; `category` names the data.
 * `reason` when the request itself ran out of time before the decision came (`deadline`) or its
 * caller hung up (`cancelled`): still undecided, never a denial, but the caller learns why.
 */
export function accessDecisionUnavailable(category: string, reason?: "deadline" | "cancelled"): SiltaError {
  const data = `this client's ${category.replace("_", " ")} data`;
  return reason
    ? new SiltaError(
        ErrorCode.AccessDecisionUnavailable,
        `The request ran out of time before access to ${data} was decided, so nothing is shown. Narrow the request or try again later.`,
        { category, reason },
      )
    : new SiltaError(
        ErrorCode.AccessDecisionUnavailable,
        `Access to ${data} could not be decided just now, so nothing is shown. Try again shortly.`,
        { category },
      );
}

export function unauthenticated(reason: string, message: string): SiltaError {
  return new SiltaError(ErrorCode.Unauthenticated, message, { reason });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): SiltaError {
  return new SiltaError(ErrorCode.Conflict, message, extensions);
}
