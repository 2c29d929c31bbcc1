import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLInputType,
  type GraphQLSchema,
  type InputValueDefinitionNode,
} from "graphql";

/** The SDL directive that declares the bounds of an argument or input field (see docs/input-rules.md). */
export const BOUNDED_DIRECTIVE = "bounded";

export interface InputBounds {
  /** Most characters a String (or each String of a list) may have. */
  maxLength?: number;
  /** Most items a list may have. */
  maxItems?: number;
}

const parsed = new WeakMap<InputValueDefinitionNode, InputBounds>();

/** The `@bounded(maxLength:, maxItems:)` of an argument or input field, read from its SDL (once per node). */
export function boundsOf(node: InputValueDefinitionNode | null | undefined): InputBounds {
  if (!node) return {};
  const known = parsed.get(node);
  if (known) return known;
  const bounds = readBounds(node);
  parsed.set(node, bounds);
  return bounds;
}

function readBounds(node: InputValueDefinitionNode): InputBounds {
  const directive = node.directives?.find((candidate) => candidate.name.value === BOUNDED_DIRECTIVE);
  const bounds: InputBounds = {};
  for (const argument of directive?.arguments ?? []) {
    if (argument.value.kind !== Kind.INT) continue;
    if (argument.name.value === "maxLength") bounds.maxLength = Number(argument.value.value);
    if (argument.name.value === "maxItems") bounds.maxItems = Number(argument.value.value);
  }
  return bounds;
}

/**
 * Every argument and input field of `schema` that takes a String (other than an ID, which is a UUID)
 * without a `maxLength`, or a list without a `maxItems`, as `Type.field(argument)` or
 * `Input.field`. Federation's own `_entities` is left out: the gateway alone calls it.
 */
export function unboundedInputs(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const needs = (type: GraphQLInputType, bounds: InputBounds, where: string) => {
    const nullable = getNullableType(type);
    if (isListType(nullable) && bounds.maxItems === undefined) missing.push(`${where} needs maxItems`);
    if (getNamedType(type).name === "String" && bounds.maxLength === undefined) missing.push(`${where} needs maxLength`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name === "_entities") continue;
        for (const argument of field.args)
          needs(argument.type, boundsOf(argument.astNode), `${type.name}.${field.name}(${argument.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        needs(field.type, boundsOf(field.astNode), `${type.name}.${field.name}`);
    }
  }
  return missing;
}
