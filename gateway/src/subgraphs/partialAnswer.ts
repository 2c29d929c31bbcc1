import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
// Not re-exported by the package index, though its process options are typed with it.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { parse, type DocumentNode } from "graphql";
import type { GatewayContext } from "../GatewayContext";
import type { Unavailable } from "./subgraphCallError";
import { missingPaths } from "./subgraphPaths";

/** The code of the error placed where a subgraph's data is missing because it did not answer. */
export const SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/**
 * A failed call's answer: errors at the paths its data would have filled, so the rest of the
 * response keeps the other subgraphs' data.
 */
export function errorsAt(options: ProcessOptions, message: string, extensions: Record<string, unknown>): GatewayGraphQLResponse {
  const paths = missingPaths(documentOf(options), options.request.variables);
  const errors = paths.length > 0 ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }];
  return { errors } as GatewayGraphQLResponse;
}

/** The answer of a subgraph that did not answer: SUBGRAPH_UNAVAILABLE with the reason. */
export function unavailable(options: ProcessOptions, reason: Unavailable): GatewayGraphQLResponse {
  return errorsAt(
    options,
    reason === "timeout"
      ? "Part of the answer is missing: a service behind the hub did not answer in time. Try again shortly."
      : "Part of the answer is missing: a service behind the hub is unavailable. Try again shortly.",
    { code: SUBGRAPH_UNAVAILABLE, reason },
  );
}

/** The subgraph operation's document: the plan's own when it exposes it, else parsed (only on this failure path). */
function documentOf(options: ProcessOptions): DocumentNode | undefined {
  if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION && options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query, { noLocation: true }) : undefined;
  } catch {
    return undefined;
  }
}
