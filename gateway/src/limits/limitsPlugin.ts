import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { GatewayContext } from "../GatewayContext";
import { operationCost } from "./operationCost";
import { limitExceeded, type OperationLimits } from "./operationLimits";

/**
 * The cost limit: checked once the operation is resolved, because list sizes may come from
 * variables; it runs before the query plan is executed, so no subgraph sees a refused operation.
 * An operation without variables costs the same every time: its estimate is kept with the parsed
 * document Apollo Server caches (and dropped with it), for the schema it was made against.
 */
export function costLimitPlugin(limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  const fixedCosts = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; cost: number }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fixed = !operation.variableDefinitions?.length;
          const known = fixed ? fixedCosts.get(operation) : undefined;
          let cost: number;
          if (known?.schema === schema) {
            cost = known.cost;
          } else {
            cost = operationCost({
              schema,
              operation,
              fragments: fragmentsOf(document),
              variables: request.variables,
              defaultListSize: limits.defaultListSize,
            });
            if (fixed) fixedCosts.set(operation, { schema, cost });
          }
          if (cost > limits.maxCost) {
            throw limitExceeded(
              "cost",
              limits.maxCost,
              `The operation's estimated cost is ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}
