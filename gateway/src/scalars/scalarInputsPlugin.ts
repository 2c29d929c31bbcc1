import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../GatewayContext";
import type { ScalarRule } from "./customScalars";
import { invalidScalarInput } from "./scalarInputs";

/**
 * Checks the custom scalars of the operation (literals and variables) before planning, so an
 * impossible date is the caller's BAD_USER_INPUT naming the argument, not a subgraph's refusal of
 * the whole request.
 */
export function scalarInputsPlugin(rules: Readonly<Record<string, ScalarRule>>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problem = invalidScalarInput({ schema, document, operation, variables: request.variables, rules });
          if (problem) throw problem;
        },
      };
    },
  };
}
