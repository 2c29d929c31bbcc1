import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { limitExceeded, OPERATION_LIMIT_CODE, type LimitName, type OperationLimits } from "./operationLimits";

/**
 * Validation rules for the limits that depend on the document alone, so Apollo Server's document
 * cache checks each distinct operation once. Depth, aliases and directives are graphql-armor's
 * counting; its refusals are re-tagged with Silta's code and reported, never thrown.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...tagged("depth", limits.maxDepth) }) as ValidationRule,
    // graphql-armor lets `__typename` aliases through by default; each is still an answer to build,
    // so a thousand of them are as much an alias flood as any other.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...tagged("aliases", limits.maxAliases) }) as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...tagged("directives", limits.maxDirectives) }) as ValidationRule,
    rootFieldsRule(limits.maxRootFields),
  ];
}

function tagged(limit: LimitName, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, "");
        context?.reportError(withLimit(limitExceeded(limit, max, `${message} Simplify the operation or split it.`)));
      },
    ],
  };
}

/** Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; the gateway's formatter restores this code from `limit`. */
function withLimit(error: GraphQLError): GraphQLError {
  error.extensions["code"] = OPERATION_LIMIT_CODE;
  return error;
}

/** Root fields of each operation, fragments at the root included and `__typename` left out. */
function rootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > max) {
        context.reportError(
          withLimit(
            limitExceeded(
              "rootFields",
              max,
              `The operation asks for ${count} root fields; at most ${max} are allowed. Split it into several operations.`,
            ),
          ),
        );
      }
    },
  });
}

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== "__typename") count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}
