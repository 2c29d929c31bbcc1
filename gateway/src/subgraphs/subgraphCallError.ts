import { ErrorCode } from "@silta/kernel";

/** Why a subgraph's data is missing when it did not answer (in `extensions.reason`). */
export type Unavailable = "timeout" | "unreachable" | "circuit_open";
/** The caller hung up: the call was aborted, and its answer has nobody to go to. */
export type Abandoned = "abandoned";

/** What the caller sees of a subgraph's 400: its BAD_USER_INPUT (already worded for callers), or a plain refusal. */
export interface RefusedInput {
  message: string;
  field?: unknown;
  rule?: unknown;
}

export const REFUSED_INPUT: RefusedInput = {
  message: "A service behind the hub refused the request's input as invalid. Check the arguments' formats against the schema.",
  rule: "subgraph_refused",
};

/** One failed subgraph call: why, whether another attempt may help, and what the subgraph said. */
export class SubgraphCallError extends Error {
  constructor(
    readonly reason: Unavailable | Abandoned | "http",
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly refusedInput?: RefusedInput,
  ) {
    super(message);
  }
}

/** Anything a call threw, as a {@link SubgraphCallError} (what is not one is an unreachable subgraph). */
export function asCallError(error: unknown): SubgraphCallError {
  return error instanceof SubgraphCallError ? error : new SubgraphCallError("unreachable", String(error), false);
}

/** The codes and reasons of a GraphQL error body: enough to diagnose, nothing the subgraph did not mean to say. */
export function errorSummaries(text: string): string {
  let errors: unknown;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    return "";
  }
  if (!Array.isArray(errors)) return "";
  const summaries = errors.map((error: { extensions?: Record<string, unknown> }) =>
    [error.extensions?.["code"], error.extensions?.["reason"]].filter((part) => typeof part === "string").join("/"),
  );
  return summaries.length > 0 ? ` (${summaries.join(", ")})` : "";
}

/** The first BAD_USER_INPUT of a subgraph's 400 body: Silta's subgraphs word those for callers (field, rule, message). */
export function refusedInputOf(text: string): RefusedInput | undefined {
  let errors: unknown;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    return undefined;
  }
  if (!Array.isArray(errors)) return undefined;
  const first = (errors as { message?: unknown; extensions?: Record<string, unknown> }[]).find(
    (error) => error?.extensions?.["code"] === ErrorCode.BadUserInput && typeof error.message === "string",
  );
  if (!first) return undefined;
  const { field, rule } = first.extensions ?? {};
  return {
    message: first.message as string,
    ...(typeof field === "string" ? { field } : {}),
    ...(typeof rule === "string" ? { rule } : {}),
  };
}
