import { readFileSync } from "node:fs";
import { join } from "node:path";
import { supergraphSubgraphs } from "../src";

describe("supergraphSubgraphs", () => {
  it("lists the subgraphs of Silta's supergraph with the URLs it was composed with", () => {
    const subgraphs = supergraphSubgraphs(readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8"));
    expect(subgraphs.map(({ name }) => name).sort()).toEqual(["clients", "consents", "fit", "integration", "teams", "training"]);
    expect(subgraphs.find(({ name }) => name === "clients")?.url).toMatch(/^http:\/\//);
  });

  it("refuses a schema that is not a composed supergraph", () => {
    expect(() => supergraphSubgraphs("type Query { a: String }")).toThrow(/not a composed supergraph/);
  });
});
