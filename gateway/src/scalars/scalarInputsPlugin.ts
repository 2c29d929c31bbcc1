import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../GatewayContext";
import type { ScalarRule } from "./customScalars";
import type { GraphQLSchema, OperationDefinitionNode } from "graphql";
import { invalidScalarLiteral, invalidScalarVariable } from "./scalarInputs";

/**
 * Checks the custom scalars of the operation (literals and variables) before planning, so an
 * impossible date is the caller's BAD_USER_INPUT naming the argument, not a subgraph's refusal of
 * the whole request. Literals depend on the document alone: an operation whose literals passed is
 * remembered (by the parsed document Apollo Server caches, per schema) and only its variables are
 * checked again; variables are checked on every request.
 */
export function scalarInputsPlugin(rules: Readonly<Record<string, ScalarRule>>): ApolloServerPlugin<GatewayContext> {
  const literalsPassed = new WeakMap<GraphQLSchema, WeakSet<OperationDefinitionNode>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variableProblem = invalidScalarVariable({ schema, operation, variables: request.variables, rules });
          if (variableProblem) throw variableProblem;
          let passed = literalsPassed.get(schema);
          if (passed?.has(operation)) return;
          const literalProblem = invalidScalarLiteral({ schema, document, operation, rules });
          if (literalProblem) throw literalProblem;
          if (!passed) literalsPassed.set(schema, (passed = new WeakSet()));
          passed.add(operation);
        },
      };
    },
  };
}
