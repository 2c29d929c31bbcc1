import type { OperationOutcome } from "fhir/r4";
import { GATEWAY_ERROR_CODES } from "./gatewayErrorCodes";

/** An issue type of FHIR's IssueType value set, with the HTTP status it answers with. */
export type OutcomeCode =
  "invalid" | "login" | "forbidden" | "not-found" | "not-supported" | "throttled" | "too-costly" | "transient" | "exception";

export const STATUS_OF: Record<OutcomeCode, number> = {
  invalid: 400,
  login: 401,
  forbidden: 403,
  "not-found": 404,
  "not-supported": 404,
  throttled: 429,
  "too-costly": 400,
  transient: 503,
  exception: 500,
};

/** A refusal or failure as FHIR says it: an OperationOutcome with one error issue. */
export function operationOutcome(code: OutcomeCode, diagnostics: string): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] };
}

/** Silta's closed error codes (and the gateway's own) as FHIR issue types. */
export function outcomeCodeOf(graphQLCode: string | undefined): OutcomeCode {
  switch (graphQLCode) {
    case "UNAUTHENTICATED":
      return "login";
    case "FORBIDDEN":
      return "forbidden";
    case "NOT_FOUND":
      return "not-found";
    case "BAD_USER_INPUT":
    case "GRAPHQL_VALIDATION_FAILED":
    case "BAD_REQUEST":
      return "invalid";
    case GATEWAY_ERROR_CODES.rateLimited:
      return "throttled";
    case GATEWAY_ERROR_CODES.operationLimit:
      return "too-costly";
    case GATEWAY_ERROR_CODES.subgraphUnavailable:
    case "ACCESS_DECISION_UNAVAILABLE":
      return "transient";
    default:
      return "exception";
  }
}
