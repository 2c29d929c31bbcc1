import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { unboundedInputs } from "@silta/kernel";
import { schemaDir } from "./composeSupergraph";
import { subgraphs } from "./subgraphs";

/**
 * Every String and list a caller can send is bounded in the SDL (`@bounded`), where integrators read
 * the limit and where the kernel's enforceInputRules reads it too: a new argument without a bound
 * fails here, naming it.
 */
describe("input bounds in the SDL", () => {
  it.each(subgraphs.map(({ name }) => name))("bound every String and list argument and input field of %s", (name) => {
    const schema = buildSubgraphSchema(parse(readFileSync(join(schemaDir, `${name}.graphql`), "utf8")));
    expect(unboundedInputs(schema)).toEqual([]);
  });
});
