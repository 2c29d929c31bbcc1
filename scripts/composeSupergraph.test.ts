import { readFileSync } from "node:fs";
import { composeSupergraph, supergraphPath } from "./composeSupergraph";

describe("the supergraph", () => {
  it("composes from every registered subgraph's SDL file without errors", () => {
    const result = composeSupergraph();
    expect("errors" in result ? result.errors : []).toEqual([]);
  });

  it("is committed as composed: run `npm run compose` after changing an SDL file", () => {
    const result = composeSupergraph();
    if ("errors" in result) throw new Error(result.errors.join("\n"));
    expect(readFileSync(supergraphPath, "utf8")).toBe(result.supergraphSdl);
  });
});
