import { errorCodeDef, ERRORS } from "@apollo/federation-internals";
// Exported by Apollo's executor module (not by the package index): the same hydration of `@` paths.
import { generateHydratedPaths } from "@apollo/gateway/dist/executeQueryPlan";
import type { FetchNode, ResponsePath } from "@apollo/query-planner";
import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from "graphql";

export type ErrorPathOf = (path: GraphQLErrorOptions["path"]) => GraphQLErrorOptions["path"];

/**
 * Where a subgraph's error lands in the caller's answer: under the fetch's path, and for an
 * `_entities` batch under the path of the entity the error's index names. The entity paths are
 * worked out only when an error needs them (Apollo's `makeLazyErrorPathGenerator`).
 */
export function errorPathsOf(fetch: FetchNode, cursorPath: ResponsePath, fullResult: Record<string, unknown>): ErrorPathOf {
  let hydrated: ResponsePath[] | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === "number") {
      if (!hydrated) {
        hydrated = [];
        generateHydratedPaths([], cursorPath, fullResult, hydrated);
      }
      return [...(hydrated[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursorPath, ...errorPath] : undefined;
  };
}

/** A subgraph's error as the caller sees it, with the subgraph's name and a known or downstream code (Apollo's `downstreamServiceError`). */
export function subgraphError(original: GraphQLFormattedError, serviceName: string, pathOf: ErrorPathOf): GraphQLError {
  const { extensions } = original;
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options: GraphQLErrorOptions = {
    originalError: original as Error,
    path: pathOf(original.path),
    extensions: { ...extensions, serviceName },
  };
  const code = errorCodeDef(original);
  if (!code && extensions?.["code"]) return new GraphQLError(message, options);
  return (code ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
