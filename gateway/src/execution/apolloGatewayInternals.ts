import type { ApolloGateway, GraphQLDataSource } from "@apollo/gateway";
import type { Schema } from "@apollo/federation-internals";
import type { QueryPlan, QueryPlanner } from "@apollo/query-planner";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { GraphQLSchema } from "graphql";

/**
 * The parts of `ApolloGateway` (2.14, private in its typings) that its own executor reads and
 * Silta's executor reads in the same way: the schemas and query planner of the loaded supergraph,
 * its query plan cache and its data sources. Read at every request, since a supergraph reload
 * replaces them; {@link apolloGatewayInternals} fails loudly if an upgrade of Apollo renames one.
 */
export interface ApolloGatewayInternals {
  /** The API schema, graphql-js. */
  readonly schema: GraphQLSchema;
  /** The API schema, federation-internals: what the query planner plans against. */
  readonly apiSchema: Schema;
  readonly supergraphSchema: GraphQLSchema;
  readonly queryPlanner: QueryPlanner;
  readonly queryPlanStore: KeyValueCache<QueryPlan>;
  readonly serviceMap: Readonly<Record<string, { dataSource: GraphQLDataSource }>>;
  readonly recursiveSelectionsLimitDisabled: boolean;
  readonly nonLocalSelectionsLimitDisabled: boolean;
  readonly logger: { warn(message: string): void };
}

const REQUIRED = ["schema", "apiSchema", "supergraphSchema", "queryPlanner", "queryPlanStore", "serviceMap", "logger"] as const;

/** The loaded gateway's internals; throws when the supergraph is not loaded or Apollo's fields moved. */
export function apolloGatewayInternals(gateway: ApolloGateway): ApolloGatewayInternals {
  const internals = gateway as unknown as Partial<ApolloGatewayInternals>;
  const missing = REQUIRED.filter((name) => internals[name] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `ApolloGateway has no ${missing.join(", ")}: the supergraph is not loaded, or @apollo/gateway changed its internals.`,
    );
  }
  return internals as ApolloGatewayInternals;
}
