import { deepMerge } from "@apollo/gateway/dist/utilities/deepMerge";
import { copyMerge, mergeIntoCopy } from "./copyMerge";

type Data = Record<string, unknown>;

/** Apollo's merge and this one on structurally equal targets: the same targets after, or the same error. */
function expectSameAsDeepMerge(makeTargets: () => Data[], makeSource: () => Data): void {
  const apolloTargets = makeTargets();
  const apolloSource = makeSource();
  let apolloError: unknown;
  try {
    for (const target of apolloTargets) deepMerge(target, apolloSource);
  } catch (error) {
    apolloError = error;
  }
  const targets = makeTargets();
  const source = makeSource();
  let error: unknown;
  try {
    const merge = copyMerge(source);
    for (const target of targets) mergeIntoCopy(target, merge);
  } catch (caught) {
    error = caught;
  }
  expect(String(error)).toBe(String(apolloError));
  expect(shapeOf(targets)).toEqual(shapeOf(apolloTargets));
  expect(shapeOf(source)).toEqual(shapeOf(apolloSource));
}

/** Own properties with their descriptors and prototypes, all the way down: what JSON and toEqual would not show. */
function shapeOf(value: unknown, seen = new Map<object, number>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return { ref: seen.get(value) };
  seen.set(value, seen.size);
  const prototype = Object.getPrototypeOf(value) as unknown;
  return {
    prototype:
      prototype === null ? "null" : prototype === Object.prototype ? "Object" : prototype === Array.prototype ? "Array" : "other",
    own: Object.getOwnPropertyNames(value).map((name) => {
      const { value: inner, ...flags } = Object.getOwnPropertyDescriptor(value, name)!;
      return [name, flags, shapeOf(inner, seen)];
    }),
  };
}

describe("mergeIntoCopy", () => {
  it("merges an answer into every copy as Apollo's deepMerge does: new names, nested objects, lists, replaced values", () => {
    expectSameAsDeepMerge(
      () => [
        { __typename: "Product", upc: "1", reviews: [{ id: "r1" }, { id: "r2" }], dimensions: { size: 1 }, name: "old" },
        { __typename: "Product", upc: "1" },
        { __typename: "Product", upc: "1", reviews: [{ id: "r1" }], dimensions: null, tags: "not a list" },
        { __typename: "Product", upc: "1", reviews: [null, "x"], dimensions: [1, 2], name: null },
      ],
      () => ({
        __typename: "Product",
        name: "Table",
        price: 0,
        inStock: false,
        reviews: [{ body: "good", author: { id: "u1" } }, { body: "bad" }],
        dimensions: { weight: 2, size: 3 },
        tags: ["a", "b"],
        gone: undefined,
        nothing: null,
      }),
    );
  });

  it("makes inherited names such as constructor and __proto__ own fields, never touching the prototype", () => {
    expectSameAsDeepMerge(
      () => [{ id: "1" }, Object.assign(Object.create(null) as Data, { id: "1" }), { id: "1", nested: { a: 1 } }],
      () =>
        JSON.parse(
          `{"constructor":"c","toString":{"x":1},"__proto__":{"polluted":true},"nested":{"__proto__":{"y":2},"hasOwnProperty":3}}`,
        ) as Data,
    );
    expect(({} as Data)["polluted"]).toBeUndefined();
  });

  it("gives a copy that recurs as the same object, or shares objects with another copy, the same answer as merging once", () => {
    const makeTargets = (): Data[] => {
      const shared = { id: "u1", reviews: [{ id: "r1" }] };
      const copy = { upc: "1", author: shared, list: [shared] };
      // The same object twice, and a second object sharing its author.
      return [copy, { upc: "1", author: shared, list: [shared] }, copy];
    };
    expectSameAsDeepMerge(makeTargets, () => ({
      upc: "1",
      author: { id: "u1", name: "Ann", reviews: [{ body: "b" }] },
      list: [{ name: "Ann" }],
      price: 3,
    }));
    // Merged twice, an object has what one merge gives it, and shares the answer's values.
    const [once] = makeTargets();
    const [twice] = makeTargets();
    const source = { upc: "1", author: { id: "u1", name: "Ann" }, tags: [{ name: "a" }] };
    const merge = copyMerge(source);
    mergeIntoCopy(once!, merge);
    mergeIntoCopy(twice!, merge);
    mergeIntoCopy(twice!, merge);
    expect(shapeOf(twice)).toEqual(shapeOf(once));
    expect(twice!["tags"]).toBe(source.tags);
  });

  it("fails where deepMerge fails: an object merged into a value that is not one", () => {
    expectSameAsDeepMerge(
      () => [{ id: "1", author: "a string" }],
      () => ({ author: { id: "u1" } }),
    );
    expectSameAsDeepMerge(
      () => [{ id: "1", author: { name: 7 } }],
      () => ({ author: { name: { first: "Ann" } } }),
    );
  });
});
