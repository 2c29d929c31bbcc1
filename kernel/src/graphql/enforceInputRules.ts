import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badUserInput } from "../errors";
import { assertUuid } from "./ids";
import { boundsOf, type InputBounds } from "./inputBounds";
import { InvalidInput } from "./invalidInput";

/**
 * The one place where every argument of a subgraph is checked against the rules PostgreSQL and the
 * SDL impose, before its resolver runs:
 * - an `ID` is a UUID (every id Silta hands out or accepts is one),
 * - a String holds no NUL character (PostgreSQL cannot store U+0000),
 * - Strings and lists keep within their `@bounded(maxLength:, maxItems:)` from the SDL,
 * - a Date or DateTime the scalar refused ({@link InvalidInput}) is reported here, by name.
 *
 * A broken rule is BAD_USER_INPUT with `field` (the argument's path, `input.name`) and `rule`, at the
 * field's path in an HTTP 200 answer, so the gateway forwards it as it is. Wraps the resolvers of
 * `schema` in place and returns it.
 */
export function enforceInputRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || field.name === "_entities") continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values: Record<string, unknown>, context, info) => {
        checkArguments(args, values);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/** Throws BAD_USER_INPUT for the first argument value that breaks a rule. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const argument of args) checkValue(argument.type, values[argument.name], argument.name, boundsOf(argument.astNode));
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, bounds: InputBounds): void {
  if (value instanceof InvalidInput) throw badUserInput(path, value.rule, `${path} ${value.problem}`);
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path, bounds);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    if (bounds.maxItems !== undefined && items.length > bounds.maxItems)
      throw badUserInput(path, "max_items", `${path} may hold at most ${bounds.maxItems} items; it holds ${items.length}.`);
    items.forEach((item, index) => checkValue(type.ofType, item, `${path}[${index}]`, { maxLength: bounds.maxLength }));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields()))
      checkValue(field.type, fields[field.name], `${path}.${field.name}`, boundsOf(field.astNode));
    return;
  }
  if (isScalarType(type) && typeof value === "string") {
    if (type.name === "ID") assertUuid(path, value);
    if (value.includes("\u0000"))
      throw badUserInput(
        path,
        "no_nul_character",
        `${path} must not contain the NUL character (U+0000); remove it and send again.`,
      );
    if (bounds.maxLength !== undefined && value.length > bounds.maxLength)
      throw badUserInput(
        path,
        "max_length",
        `${path} may be at most ${bounds.maxLength} characters long; it is ${value.length}. Shorten it and send again.`,
      );
  }
}
