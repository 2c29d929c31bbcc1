import { GraphQLError } from "graphql";

/** The bounds every operation must stay within; see docs/gateway.md for how each is counted. */
export interface OperationLimits {
  /** Largest request body in bytes (413 beyond it). Default 100 000. */
  maxRequestBytes: number;
  /** Deepest field nesting, fragments flattened. Default 10. */
  maxDepth: number;
  /** Aliases in the whole operation. Default 30. */
  maxAliases: number;
  /** Fields at the root of the operation (`__typename` not counted). Default 20. */
  maxRootFields: number;
  /** Lexical tokens in the document, counted while parsing. Default 5 000. */
  maxTokens: number;
  /** Directives in the whole operation. Default 50. */
  maxDirectives: number;
  /** Estimated fields resolved, list sizes taken from pagination arguments. Default 50 000. */
  maxCost: number;
  /** Assumed size of a list field that takes no pagination argument. Default 10. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxRequestBytes: 100_000,
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxCost: 50_000,
  defaultListSize: 10,
};

/** The code of every operation refused for breaking a limit; `extensions.limit` names which. */
export const OPERATION_LIMIT_CODE = "OPERATION_LIMIT_EXCEEDED";
export type LimitName = "depth" | "aliases" | "rootFields" | "tokens" | "directives" | "cost" | "requestBytes";

/** A refusal for one limit: HTTP 400, the limit's name and its bound, so callers can fix the query. */
export function limitExceeded(limit: LimitName, max: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: OPERATION_LIMIT_CODE, limit, max, http: { status: 400 } },
  });
}
