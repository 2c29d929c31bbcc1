import { changedFieldNames } from "./changedFields";

describe("changedFieldNames", () => {
  it("names only the given fields whose value differs", () => {
    expect(changedFieldNames({ a: 1, b: "x", c: null, d: [1] }, { a: 1, b: "y", c: undefined, d: [1, 2] })).toEqual(["b", "d"]);
  });
  it("treats a missing old value as null", () => {
    expect(changedFieldNames({}, { unit: null, name: "n" })).toEqual(["name"]);
  });
});
