import {
  BREAK,
  Kind,
  TypeInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import { badUserInput, type SiltaError } from "@silta/kernel";
import type { ScalarRule } from "./customScalars";

export interface ScalarInputsInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  rules: Readonly<Record<string, ScalarRule>>;
}

/**
 * The first custom scalar input (a literal argument, a variable's value or default) that breaks
 * its scalar's rule, as BAD_USER_INPUT naming the argument or variable (a dotted path into input
 * objects) and the rule; undefined when every one is valid. Scalars without a rule pass.
 */
export function invalidScalarInput(input: ScalarInputsInput): SiltaError | undefined {
  return invalidScalarVariable(input) ?? invalidScalarLiteral(input);
}

/** The first variable (its value, or its default when it has none) that breaks its scalar's rule. */
export function invalidScalarVariable(input: Omit<ScalarInputsInput, "document">): SiltaError | undefined {
  const { schema, operation, variables, rules } = input;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const name = definition.variable.name.value;
    const value = variables?.[name];
    const problem =
      value !== undefined
        ? checkValue(value, type, `$${name}`, rules)
        : definition.defaultValue
          ? checkLiteral(definition.defaultValue, type, `$${name}`, rules)
          : undefined;
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The first literal argument of the operation or its fragments that breaks its scalar's rule.
 * Depends on the document and the schema alone, never on the request's variables.
 */
export function invalidScalarLiteral(input: Omit<ScalarInputsInput, "variables">): SiltaError | undefined {
  const { schema, operation, rules } = input;
  const typeInfo = new TypeInfo(schema);
  let problem: SiltaError | undefined;
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (!argument) return undefined;
      problem = checkLiteral(node.value, argument.type, node.name.value, rules);
      return problem ? BREAK : false;
    },
  });
  for (const definition of input.document.definitions) {
    if (definition !== operation && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visit(definition, visitor);
    if (problem) return problem;
  }
  return undefined;
}

function checkLiteral(
  node: ValueNode,
  type: GraphQLInputType,
  path: string,
  rules: Readonly<Record<string, ScalarRule>>,
): SiltaError | undefined {
  // A variable's value is checked against its own definition; null means "no value".
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return undefined;
  if (isNonNullType(type)) return checkLiteral(node, type.ofType, path, rules);
  if (isListType(type)) {
    if (node.kind !== Kind.LIST) return checkLiteral(node, type.ofType, path, rules);
    for (const [index, item] of node.values.entries()) {
      const problem = checkLiteral(item, type.ofType, `${path}.${index}`, rules);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return undefined;
    const fields = type.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      const problem = definition && checkLiteral(field.value, definition.type, `${path}.${field.name.value}`, rules);
      if (problem) return problem;
    }
    return undefined;
  }
  const rule = isScalarType(type) ? rules[type.name] : undefined;
  if (!rule) return undefined;
  try {
    rule.scalar.parseLiteral(node, undefined);
    return undefined;
  } catch {
    return refusal(path, rule, "Argument");
  }
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  rules: Readonly<Record<string, ScalarRule>>,
): SiltaError | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, rules);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, rules);
    for (const [index, item] of value.entries()) {
      const problem = checkValue(item, type.ofType, `${path}.${index}`, rules);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== "object" || Array.isArray(value)) return undefined;
    for (const [name, field] of Object.entries(type.getFields())) {
      const problem = checkValue((value as Record<string, unknown>)[name], field.type, `${path}.${name}`, rules);
      if (problem) return problem;
    }
    return undefined;
  }
  const rule = isScalarType(type) ? rules[type.name] : undefined;
  if (!rule) return undefined;
  try {
    rule.scalar.parseValue(value);
    return undefined;
  } catch {
    return refusal(path, rule, "Variable");
  }
}

function refusal(path: string, rule: ScalarRule, what: "Argument" | "Variable"): SiltaError {
  const error = badUserInput(path, rule.rule, `${what} "${path}" must be ${rule.expected}.`);
  error.extensions["http"] = { status: 400 };
  return error;
}
