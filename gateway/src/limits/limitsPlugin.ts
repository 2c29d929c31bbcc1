import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { GatewayContext } from "../GatewayContext";
import { operationCost } from "./operationCost";
import { limitExceeded, type OperationLimits } from "./operationLimits";

/**
 * The cost limit: checked once the operation is resolved, because list sizes may come from
 * variables; it runs before the query plan is executed, so no subgraph sees a refused operation.
 */
export function costLimitPlugin(limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = operationCost({
            schema,
            operation,
            fragments,
            variables: request.variables,
            defaultListSize: limits.defaultListSize,
          });
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
