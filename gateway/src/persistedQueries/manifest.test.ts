import { parseManifest, sha256 } from "./manifest";

describe("parseManifest", () => {
  const body = "query Me { me { id } }";

  it("reads Apollo's persisted query manifest", () => {
    expect(
      parseManifest({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: sha256(body), name: "Me", type: "query", body }],
      }),
    ).toEqual([{ id: sha256(body), name: "Me", body }]);
  });

  it("reads a plain map of hash to operation text", () => {
    expect(parseManifest({ [sha256(body)]: body })).toEqual([{ id: sha256(body), body }]);
  });

  it("refuses an id that is not the SHA-256 of its operation", () => {
    expect(() => parseManifest({ operations: [{ id: sha256("{ other }"), name: "Me", body }] })).toThrow(/not the SHA-256.*Me/);
  });

  it("refuses entries without operation text", () => {
    expect(() => parseManifest({ operations: [{ id: "x" }] })).toThrow(/operations\[0\] has no body/);
    expect(() => parseManifest({ abc: 42 })).toThrow(/abc is not an operation/);
  });
});
