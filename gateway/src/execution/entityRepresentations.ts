import type { QueryPlanFieldNode, QueryPlanSelectionNode } from "@apollo/query-planner";
import { Kind, type GraphQLSchema } from "graphql";
// Apollo's own helpers, not exported by the package index: the same merge and type test as its executor.
import { isObjectOfType } from "@apollo/gateway/dist/dataRewrites";
import { deepMerge } from "@apollo/gateway/dist/utilities/deepMerge";

type Data = Record<string, unknown>;

/**
 * What a fetch with `requires` sends for one entity: the plan's key and required fields read from
 * the data fetched so far (Apollo's `executeSelectionSet`). Null when an input is missing, which
 * only happens when fetching it failed and nulled the entity; that failure was already reported.
 */
export function entityRepresentation(
  schema: GraphQLSchema,
  source: Data | null,
  selections: readonly QueryPlanSelectionNode[],
): Data | null {
  if (source === null) return null;
  // A plain object, not a dictionary (`Object.create(null)`): every representation is stringified
  // twice (its key among the batch's, then the request body), which V8 does about twice as fast for
  // plain objects. Only `__proto__` would reach the prototype, and it is written as an own property.
  const result: Data = {};
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const field = selection as QueryPlanFieldNode;
      const responseName = field.alias ?? field.name;
      const value = Object.prototype.hasOwnProperty.call(source, responseName) ? source[responseName] : undefined;
      if (value === undefined) return null;
      const inner = field.selections;
      let represented: unknown;
      if (Array.isArray(value)) {
        represented = value.map((element: Data | null) => (inner ? entityRepresentation(schema, element, inner) : element));
      } else if (inner) {
        represented = entityRepresentation(schema, value as Data | null, inner);
      } else {
        represented = value;
      }
      if (responseName === "__proto__") {
        Object.defineProperty(result, responseName, { value: represented, enumerable: true, writable: true, configurable: true });
      } else {
        result[responseName] = represented;
      }
    } else {
      if (!selection.typeCondition) continue;
      if (isObjectOfType(schema, source, selection.typeCondition)) {
        deepMerge(result, entityRepresentation(schema, source, selection.selections));
      }
    }
  }
  return result;
}

const inputsOfRequires = new WeakMap<readonly QueryPlanSelectionNode[], readonly string[] | null>();

/**
 * The response names an entity's representation is read from, when the plan's `requires` selects
 * only leaf fields (directly or in inline fragments, as keys usually are), `__typename` always among
 * them (it decides the fragments); null when a field has a selection of its own. Two entities whose
 * own values under these names are identical (`===`) have the same representation: the batch then
 * needs it built and compared once, not once per copy. Computed once per plan node.
 */
export function representationInputs(selections: readonly QueryPlanSelectionNode[]): readonly string[] | null {
  let inputs = inputsOfRequires.get(selections);
  if (inputs === undefined) {
    const names = new Set<string>(["__typename"]);
    inputs = collectInputs(selections, names) ? [...names] : null;
    inputsOfRequires.set(selections, inputs);
  }
  return inputs;
}

function collectInputs(selections: readonly QueryPlanSelectionNode[], names: Set<string>): boolean {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const field = selection as QueryPlanFieldNode;
      if (field.selections) return false;
      names.add(field.alias ?? field.name);
    } else if (!collectInputs(selection.selections, names)) {
      return false;
    }
  }
  return true;
}

/** Where {@link readInputs} found no own value (no value of an answer is this symbol). */
const ABSENT: unique symbol = Symbol("absent");

/** Reads the entity's own values under `inputs` into `values`, for {@link holdsInputs} to compare others with. */
export function readInputs(entity: Data, inputs: readonly string[], values: unknown[]): void {
  for (let index = 0; index < inputs.length; index++) {
    const name = inputs[index]!;
    values[index] = Object.prototype.hasOwnProperty.call(entity, name) ? entity[name] : ABSENT;
  }
}

/**
 * Whether the entity holds the very same own values (or none) under every name in `inputs` as the
 * entity {@link readInputs} read `values` from: then their representations are the same. The other
 * entity's values are read once, so comparing a copy with it looks up only the copy's.
 */
export function holdsInputs(entity: Data, inputs: readonly string[], values: readonly unknown[]): boolean {
  for (let index = 0; index < inputs.length; index++) {
    const name = inputs[index]!;
    const value = values[index];
    if (value === ABSENT) {
      if (Object.prototype.hasOwnProperty.call(entity, name)) return false;
    } else if (entity[name] !== value || !Object.prototype.hasOwnProperty.call(entity, name)) {
      return false;
    }
  }
  return true;
}
