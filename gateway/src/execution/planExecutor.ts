import { createHash } from "node:crypto";
import { buildOperationContext, type ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { operationFromDocument } from "@apollo/federation-internals";
import type { QueryPlan } from "@apollo/query-planner";
import type { GatewayExecutor } from "@apollo/server-gateway-interface";
import { getVariableValues, type GraphQLSchema } from "graphql";
import { apolloGatewayInternals, type ApolloGatewayInternals } from "./apolloGatewayInternals";
import { compileOperation, type CompiledOperation } from "./compileOperation";
import { executePlan } from "./executePlan";
import { planFollowUpReads, type FollowUpReads } from "./followUpReads";
import { inRequestSpan, inSpan } from "./gatewaySpans";

interface CompiledPlan {
  readonly schema: GraphQLSchema;
  readonly compiled: CompiledOperation;
  readonly followUpReads: FollowUpReads;
}

/**
 * Makes the gateway run its query plans with Silta's executor ({@link executePlan}) instead of
 * Apollo's `executeQueryPlan`. Everything before execution is Apollo's, done the same way: the
 * operation picked by name, variables checked against their definitions, the plan looked up in
 * Apollo's query plan cache (same key) or planned by its query planner and stored. What Apollo
 * redid for every request, building the operation and walking it to shape the answer, is compiled
 * once per cached plan, and so are the follow-up reads its root fetches are told of ({@link planFollowUpReads}). Call before Apollo Server loads the gateway. Not carried over from Apollo's
 * executor, as Silta uses none of them: `experimental_didResolveQueryPlan`, query plans shown in
 * responses (`debug`, `__exposeQueryPlanExperimental`), usage-reporting traces. OpenTelemetry spans
 * are kept for request, planning and each fetch ({@link inRequestSpan}).
 */
export function usePlanExecutor(gateway: ApolloGateway): ApolloGateway {
  gateway.executor = planExecutor(gateway);
  return gateway;
}

function planExecutor(gateway: ApolloGateway): GatewayExecutor {
  // A plan object lives as long as its cache entry, and the cache is emptied when the supergraph
  // changes; the schema is kept beside it all the same, so a plan is never shaped against another.
  const compiledPlans = new WeakMap<QueryPlan, CompiledPlan>();
  return (requestContext) =>
    inRequestSpan(
      () => ({
        "graphql.operation.name": requestContext.request.operationName ?? "",
        "graphql.operation.type": requestContext.operation?.operation ?? "",
      }),
      async (tracing) => {
        const internals = apolloGatewayInternals(gateway);
        const { request, document, queryHash } = requestContext;
        const operationContext = buildOperationContext({
          schema: internals.schema,
          operationDocument: document,
          operationName: request.operationName,
        });
        const variableDefinitions = operationContext.operation.variableDefinitions;
        if (variableDefinitions) {
          const { errors } = getVariableValues(internals.schema, variableDefinitions, request.variables ?? {});
          if (errors) return { errors };
        }

        const plan = await queryPlanFor(internals, document, queryHash, request.operationName, tracing);
        let compiledPlan = compiledPlans.get(plan);
        if (!compiledPlan || compiledPlan.schema !== internals.schema) {
          compiledPlan = {
            schema: internals.schema,
            compiled: compileOperation(internals.schema, operationContext.operation, operationContext.fragments),
            followUpReads: planFollowUpReads(plan, internals.supergraphSchema),
          };
          compiledPlans.set(plan, compiledPlan);
        }

        const dataSources: Record<string, GraphQLDataSource> = Object.create(null) as Record<string, GraphQLDataSource>;
        for (const [name, { dataSource }] of Object.entries(internals.serviceMap)) dataSources[name] = dataSource;

        return executePlan({
          plan,
          compiled: compiledPlan.compiled,
          followUpReads: compiledPlan.followUpReads,
          document: operationContext,
          dataSources,
          requestContext,
          supergraphSchema: internals.supergraphSchema,
          apiSchema: internals.schema,
          tracing,
        });
      },
    );
}

/** Apollo's cached plan for this document and operation name, or a new plan, cached (the key is Apollo's own). */
async function queryPlanFor(
  internals: ApolloGatewayInternals,
  document: Parameters<typeof operationFromDocument>[1],
  queryHash: string,
  operationName: string | undefined,
  tracing: boolean,
): Promise<QueryPlan> {
  const key = operationName ? createHash("sha256").update(queryHash).update(operationName).digest("hex") : queryHash;
  const cached = await internals.queryPlanStore.get(key);
  if (cached) return cached;
  const plan = await inSpan(tracing, "plan", operationName ? { "graphql.operation.name": operationName } : {}, async () => {
    const operation = operationFromDocument(internals.apiSchema, document, { operationName });
    return internals.queryPlanner.buildQueryPlan(operation, {
      recursiveSelectionsLimitDisabled: internals.recursiveSelectionsLimitDisabled,
      nonLocalSelectionsLimitDisabled: internals.nonLocalSelectionsLimitDisabled,
    });
  });
  try {
    await internals.queryPlanStore.set(key, plan);
  } catch (error) {
    internals.logger.warn(`Could not store queryPlan${(error as Error | undefined)?.message ?? String(error)}`);
  }
  return plan;
}
