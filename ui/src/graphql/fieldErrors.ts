import type { GraphQLErrorEntry } from "./executeOperation";

/** Why a field is missing: the error at its path (FORBIDDEN with a reason, or another code). */
export interface Withheld {
  code: string;
  reason?: string;
}

/**
 * The error that withheld the value at `path` (`["client", "servicePlan"]`), or of a field above it:
 * a refused parent takes its children with it. Undefined when nothing was withheld there.
 */
export function withheldAt(errors: readonly GraphQLErrorEntry[], path: readonly (string | number)[]): Withheld | undefined {
  for (const error of errors) {
    const errorPath = error.path;
    if (!errorPath || errorPath.length === 0 || errorPath.length > path.length) continue;
    if (errorPath.every((segment, index) => segment === path[index])) {
      const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
      return { code, ...(error.extensions?.reason ? { reason: error.extensions.reason } : {}) };
    }
  }
  return undefined;
}
