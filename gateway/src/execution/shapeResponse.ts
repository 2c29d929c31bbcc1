import { GraphQLError, isCompositeType, isObjectType, type FieldNode, type GraphQLSchema } from "graphql";
import type { CompiledField, CompiledOperation, CompiledSelection, ConditionValue, ValueShape } from "./compileOperation";

type Data = Record<string, unknown>;
type Path = (string | number)[];

export interface ShapedResponse {
  data: Data | null;
  /** Value completion errors: nulls where the schema forbids them, invalid leaf values or `__typename`s. */
  errors: GraphQLError[];
}

interface Walk {
  /** Set by every `completeValue` for its caller to read at once: OK, or INVALID and/or HAS_ERRORS. */
  completion: number;
  readonly schema: GraphQLSchema;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly errors: GraphQLError[];
  readonly introspect: (field: FieldNode) => unknown;
}

const NULL_BUBBLE_UP = true;
const TYPENAME = "__typename";

/**
 * The caller's answer from the data the plan fetched: only the selected fields, in the operation's
 * order, with nulls bubbled up to the nearest nullable field. The same rules as Apollo's
 * `computeResponse` (resultShaping.ts in @apollo/gateway), error messages included, walked over a
 * {@link CompiledOperation} instead of federation-internals' operation objects.
 */
export function shapeResponse(
  schema: GraphQLSchema,
  operation: CompiledOperation,
  variables: Readonly<Record<string, unknown>> | undefined,
  input: Data,
  introspect: (field: FieldNode) => unknown,
): ShapedResponse {
  const walk: Walk = {
    completion: OK,
    schema,
    variables: operation.hasDefaults ? { __proto__: null, ...operation.defaultedVariables, ...variables } : (variables ?? {}),
    errors: [],
    introspect,
  };
  const data: Data = {};
  const bubbled = applySelections(walk, input, operation.selections, data, [], operation.rootTypeName);
  return { data: bubbled ? null : data, errors: walk.errors };
}

function isSkipped(selection: CompiledSelection, variables: Readonly<Record<string, unknown>>): boolean {
  return (
    (selection.skipIf !== undefined && conditionHolds(selection.skipIf, variables, "skip")) ||
    (selection.includeIf !== undefined && !conditionHolds(selection.includeIf, variables, "include"))
  );
}

function conditionHolds(condition: ConditionValue, variables: Readonly<Record<string, unknown>>, directive: string): boolean {
  if (typeof condition === "boolean") return condition;
  const name = condition.variable;
  const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
  // Validation makes this a boolean; Apollo asserts it with this message.
  if (typeof value !== "boolean")
    throw new Error(`Unexpected value ${String(value)} for variable $${name} of @${directive}(if: $${name})`);
  return value;
}

/** Returns true when a null must bubble up to the object's parent. */
function applySelections(
  walk: Walk,
  input: Data,
  selections: readonly CompiledSelection[],
  output: Data,
  path: Path,
  parentTypeName: string,
): boolean {
  for (const selection of selections) {
    if ((selection.skipIf !== undefined || selection.includeIf !== undefined) && isSkipped(selection, walk.variables)) continue;

    if (selection.kind === "field") {
      const responseName = selection.responseName;
      const outputValue = selection.inherited ? ownValue(output, responseName) : output[responseName];
      if (selection.role === "introspection") {
        if (outputValue === undefined) put(output, selection, walk.introspect(selection.node));
        continue;
      }
      let inputValue = Object.prototype.hasOwnProperty.call(input, responseName) ? (input[responseName] ?? null) : null;

      // __typename is answered from the type, not copied: root types' names differ in subgraphs, and
      // an @interfaceObject subgraph names the interface (see Apollo's computeResponse).
      if (selection.role === "typename") {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== TYPENAME) inputValue = input[TYPENAME] ?? null;
          const type =
            (typeof inputValue === "string" ? walk.schema.getType(inputValue) : undefined) ?? walk.schema.getType(parentTypeName);
          if (!isObjectType(type)) return NULL_BUBBLE_UP;
          put(output, selection, type.name);
        }
        continue;
      }

      path.push(responseName);
      put(output, selection, completeValue(walk, outputValue, selection.shape, inputValue, path, parentTypeName));
      path.pop();
      if (walk.completion & INVALID) return NULL_BUBBLE_UP;
    } else {
      const typename = input[TYPENAME];
      if (typename && typeof typename !== "string") throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      if (selection.appliesTo === undefined || selection.appliesTo.has(typename ? (typename as string) : parentTypeName)) {
        const bubbled = applySelections(
          walk,
          input,
          selection.selections,
          output,
          path,
          selection.typeCondition ?? parentTypeName,
        );
        if (bubbled) return NULL_BUBBLE_UP;
      }
    }
  }
  return false;
}

function ownValue(object: Data, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
}

/** Sets a field of the answer; a name `Object.prototype` also has is defined as an own property, never inherited or a prototype change. */
function put(output: Data, selection: CompiledField, value: unknown): void {
  if (selection.inherited) {
    Object.defineProperty(output, selection.responseName, { value, writable: true, enumerable: true, configurable: true });
  } else {
    output[selection.responseName] = value;
  }
}

/**
 * What `completeValue` says besides the value, in the walk rather than in an object per value (an
 * answer has thousands of them): INVALID, a null where the type forbids one, so the parent must be
 * nulled too; HAS_ERRORS, an error was already recorded for this value, so bubbling records no other.
 */
const OK = 0;
const INVALID = 1;
const HAS_ERRORS = 2;

function describeLast(path: Path, description: string, parentTypeName: string): string {
  const last = path[path.length - 1];
  return typeof last === "string" ? `field ${parentTypeName}.${last}` : `array element of type ${description} at index ${last}`;
}

function invalidGraphql(message: string, path: Path): GraphQLError {
  return new GraphQLError(message, { path: [...path], extensions: { code: "INVALID_GRAPHQL" } });
}

/**
 * Apollo's `updateOutputValue`: merges `inputValue` of `shape` into what an earlier selection of the
 * same response name produced. Returns the value (never undefined) and sets `walk.completion`.
 */
function completeValue(
  walk: Walk,
  outputValue: unknown,
  shape: ValueShape,
  inputValue: unknown,
  path: Path,
  parentTypeName: string,
): unknown {
  // Only a list element can be undefined here (never in parsed JSON); Apollo asserts it with this message.
  if (inputValue === undefined) throw new Error("Should not pass undefined for `inputValue` to this method");
  walk.completion = OK;
  // Already completed by an earlier selection of the same response name: only objects may gain fields.
  if (outputValue === null || (outputValue !== undefined && !shape.selected)) return outputValue;

  switch (shape.kind) {
    case "nonNull": {
      const value = completeValue(walk, outputValue, shape.of, inputValue, path, parentTypeName);
      if (value !== null) {
        // Apollo reports nothing further up from a non-null value, errors below it or not.
        walk.completion = OK;
        return value;
      }
      if (!(walk.completion & HAS_ERRORS)) {
        walk.errors.push(
          invalidGraphql(
            `Cannot return null for non-nullable ${describeLast(path, descriptionOf(shape.of), parentTypeName)}.`,
            path,
          ),
        );
      }
      walk.completion = INVALID | HAS_ERRORS;
      return null;
    }
    case "list": {
      if (inputValue === null) return null;
      if (!Array.isArray(inputValue)) {
        throw new Error(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${shape.description}`);
      }
      if (outputValue !== undefined && !Array.isArray(outputValue)) {
        throw new Error(`Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${shape.description}`);
      }
      const existing = outputValue as unknown[] | undefined;
      if (existing && existing.length !== inputValue.length) {
        throw new Error(
          `[${String(inputValue)}].length (${inputValue.length}) !== [${String(existing)}].length (${existing.length})`,
        );
      }
      let nullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(inputValue.length);
      for (let index = 0; index < inputValue.length; index++) {
        path.push(index);
        updated[index] = completeValue(walk, existing?.[index], shape.of, inputValue[index], path, parentTypeName);
        path.pop();
        // A null element the type forbids nulls the whole list; the other elements still report their errors.
        if (walk.completion & INVALID) nullify = true;
        if (walk.completion & HAS_ERRORS) hasErrors = true;
      }
      walk.completion = hasErrors ? HAS_ERRORS : OK;
      return nullify ? null : updated;
    }
    case "composite": {
      if (inputValue === null) return null;
      if (typeof inputValue !== "object") {
        throw new Error(
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${shape.description}`,
        );
      }
      if (outputValue !== undefined && typeof outputValue !== "object") {
        throw new Error(
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${shape.description}`,
        );
      }
      const object = inputValue as Data;
      const typename = object[TYPENAME];
      if (typename !== undefined && typeof typename !== "string") {
        throw new Error(`Invalid non-string value ${String(typename)} for __typename at ${path.join(",")}`);
      }
      let objectTypeName = shape.description;
      if (typename) {
        // A type outside the API schema (@inaccessible) is not named in the message, so it does not leak.
        const type = walk.schema.getType(typename);
        if (!type || !isCompositeType(type)) {
          walk.errors.push(
            invalidGraphql(
              `Invalid __typename found for object at ${describeLast(path, shape.description, parentTypeName)}.`,
              path,
            ),
          );
          walk.completion = HAS_ERRORS;
          return null;
        }
        objectTypeName = typename;
      }
      const output = (outputValue ?? {}) as Data;
      const bubbled = applySelections(walk, object, shape.selections, output, path, objectTypeName);
      walk.completion = bubbled ? HAS_ERRORS : OK;
      return bubbled ? null : output;
    }
    case "leaf": {
      if (inputValue === null) return null;
      if (shape.isValid(inputValue)) return inputValue;
      walk.errors.push(invalidGraphql(`Invalid value found for ${describeLast(path, shape.description, parentTypeName)}.`, path));
      walk.completion = HAS_ERRORS;
      return null;
    }
  }
}

function descriptionOf(shape: ValueShape): string {
  return shape.kind === "nonNull" ? `${descriptionOf(shape.of)}!` : shape.description;
}
