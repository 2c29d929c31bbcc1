import type { QueryPlanSelectionNode } from "@apollo/query-planner";
import { buildSchema, Kind } from "graphql";
import { entityRepresentation, holdsInputs, readInputs, representationInputs } from "./entityRepresentations";

/** Whether `b` holds the inputs read from `a`, as the batch compares each copy with the entity before it. */
function sameInputs(a: Record<string, unknown>, b: Record<string, unknown>, inputs: readonly string[]): boolean {
  const values: unknown[] = [];
  readInputs(a, inputs, values);
  const same = holdsInputs(b, inputs, values);
  readInputs(b, inputs, values);
  // The same verdict the other way round.
  expect(holdsInputs(a, inputs, values)).toBe(same);
  return same;
}

const schema = buildSchema(`
  type Query { node: Node }
  interface Node { id: ID! }
  type Product implements Node { id: ID! upc: String! dimensions: Dimensions tags: [Tag] constructor: String toString: Int }
  type User implements Node { id: ID! email: String }
  type Dimensions { size: Int weight: Float }
  type Tag { name: String }
`);

const field = (name: string, selections?: QueryPlanSelectionNode[], alias?: string): QueryPlanSelectionNode =>
  ({ kind: Kind.FIELD, name, alias, selections }) as QueryPlanSelectionNode;
const on = (typeCondition: string, selections: QueryPlanSelectionNode[]): QueryPlanSelectionNode =>
  ({ kind: Kind.INLINE_FRAGMENT, typeCondition, selections }) as QueryPlanSelectionNode;

describe("entityRepresentation", () => {
  it("reads the key and required fields, nested objects and lists, in the plan's order", () => {
    const requires = [
      field("__typename"),
      on("Product", [
        field("upc"),
        field("id"),
        field("dimensions", [field("weight"), field("size")]),
        field("tags", [field("name")]),
      ]),
      on("User", [field("email")]),
    ];
    const source = {
      id: "1",
      __typename: "Product",
      upc: "u1",
      name: "Table",
      dimensions: { size: 3, weight: 1.5, unit: "kg" },
      tags: [{ name: "a", extra: 1 }, null],
    };
    const representation = entityRepresentation(schema, source, requires);
    // The bytes sent to the subgraph: key order as the plan selects, nothing the plan did not ask for.
    expect(JSON.stringify(representation)).toBe(
      '{"__typename":"Product","upc":"u1","id":"1","dimensions":{"weight":1.5,"size":3},"tags":[{"name":"a"},null]}',
    );
  });

  it("keeps fields named like Object.prototype's members as its own, and never sets the prototype", () => {
    const requires = [
      field("__typename"),
      field("constructor"),
      field("toString"),
      field("email", undefined, "__proto__"),
      field("nested", [field("hasOwnProperty")]),
    ];
    const source = {
      __typename: "Product",
      constructor: "c",
      toString: 7,
      ["__proto__"]: undefined as unknown,
      nested: { hasOwnProperty: true },
    };
    Object.defineProperty(source, "__proto__", { value: { polluted: true }, enumerable: true });
    const representation = entityRepresentation(schema, source, requires)!;
    expect(Object.getPrototypeOf(representation)).toBe(Object.prototype);
    expect(Object.keys(representation)).toEqual(["__typename", "constructor", "toString", "__proto__", "nested"]);
    expect(JSON.stringify(representation)).toBe(
      '{"__typename":"Product","constructor":"c","toString":7,"__proto__":{"polluted":true},"nested":{"hasOwnProperty":true}}',
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("is null when a required field is missing (its fetch failed) or the entity is null", () => {
    expect(entityRepresentation(schema, { __typename: "Product" }, [field("__typename"), field("upc")])).toBeNull();
    // Inherited members are not the entity's fields.
    expect(entityRepresentation(schema, { __typename: "Product" }, [field("constructor")])).toBeNull();
    expect(entityRepresentation(schema, null, [field("__typename")])).toBeNull();
  });
});

describe("representationInputs, readInputs and holdsInputs", () => {
  it("names the leaf fields a representation is read from, __typename always, and nothing when a field has a selection", () => {
    expect(representationInputs([on("Product", [field("__typename"), field("upc"), field("id", undefined, "key")])])).toEqual([
      "__typename",
      "upc",
      "key",
    ]);
    expect(representationInputs([on("Product", [field("upc")]), on("User", [field("email")])])).toEqual([
      "__typename",
      "upc",
      "email",
    ]);
    expect(representationInputs([field("__typename"), on("Product", [field("dimensions", [field("size")])])])).toBeNull();
    expect(representationInputs([field("tags", [field("name")])])).toBeNull();
  });

  it("is true only when every input is the very same own value (or absent) in both, so the representations are the same", () => {
    const inputs = representationInputs([on("Product", [field("__typename"), field("upc"), field("constructor")])])!;
    const tags = [{ name: "a" }];
    expect(
      sameInputs({ __typename: "Product", upc: "u1", name: "A" }, { __typename: "Product", upc: "u1", name: "B" }, inputs),
    ).toBe(true);
    expect(sameInputs({ __typename: "Product", upc: "u1" }, { __typename: "Product", upc: "u2" }, inputs)).toBe(false);
    expect(sameInputs({ __typename: "Product", upc: "u1" }, { __typename: "User", upc: "u1" }, inputs)).toBe(false);
    // Missing in one, present (even as undefined) in the other: the representations differ (null against one).
    expect(sameInputs({ __typename: "Product" }, { __typename: "Product", upc: undefined }, inputs)).toBe(false);
    // An inherited member is not an input: only own values count, as entityRepresentation reads them.
    expect(sameInputs({ __typename: "Product", upc: "u1" }, { __typename: "Product", upc: "u1", constructor: "c" }, inputs)).toBe(
      false,
    );
    // An own value equal to the inherited one is still not the inherited one (which is no input).
    expect(
      sameInputs({ __typename: "Product", upc: "u1", constructor: Object }, { __typename: "Product", upc: "u1" }, inputs),
    ).toBe(false);
    expect(sameInputs({ __typename: "Product", upc: undefined }, { __typename: "Product", upc: undefined }, inputs)).toBe(true);
    // Equal but not identical objects are not taken as the same (the representation is then built and compared).
    expect(sameInputs({ __typename: "Product", upc: tags }, { __typename: "Product", upc: [{ name: "a" }] }, inputs)).toBe(false);
    expect(sameInputs({ __typename: "Product", upc: tags }, { __typename: "Product", upc: tags }, inputs)).toBe(true);
    for (const source of [
      { __typename: "Product", upc: "u1" },
      { __typename: "Product", upc: tags },
    ]) {
      const copy = { ...source, name: "other" };
      expect(sameInputs(source, copy, inputs)).toBe(true);
      expect(JSON.stringify(entityRepresentation(schema, copy, [on("Product", [field("__typename"), field("upc")])]))).toBe(
        JSON.stringify(entityRepresentation(schema, source, [on("Product", [field("__typename"), field("upc")])])),
      );
    }
  });
});
