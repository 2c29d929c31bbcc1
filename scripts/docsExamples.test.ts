import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse, validate, type GraphQLSchema } from "graphql";
import { schemaDir } from "./composeSupergraph";
import { subgraphs } from "./subgraphs";

/**
 * The example operations the README links for integrators (docs/examples/*.graphql) are checked
 * against the supergraph's API schema, so an example that the schema no longer accepts fails CI.
 * The API schema is composed from the same SDL files as the committed supergraph (a stale committed
 * supergraph fails composeSupergraph.test.ts).
 */
const examplesDir = join(__dirname, "..", "docs", "examples");
const examples = readdirSync(examplesDir).filter((file) => file.endsWith(".graphql"));

function apiSchema(): GraphQLSchema {
  const result = composeServices(
    subgraphs.map(({ name, port }) => ({
      name,
      url: `http://${name}:${port}/graphql`,
      typeDefs: parse(readFileSync(join(schemaDir, `${name}.graphql`), "utf8")),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

describe("the example operations in docs/examples", () => {
  const schema = apiSchema();

  it("cover the integrators' common jobs the README links", () => {
    expect(examples.sort()).toEqual(
      expect.arrayContaining([
        "clientTeamAndPlan.graphql",
        "recordOrsSession.graphql",
        "rolloutFigures.graphql",
        "subscribeToEvents.graphql",
      ]),
    );
    const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
    for (const example of examples) expect([example, readme.includes(`docs/examples/${example}`)]).toEqual([example, true]);
  });

  it.each(examples)("%s parses and is valid against the supergraph", (file) => {
    const document = parse(readFileSync(join(examplesDir, file), "utf8"));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it("would catch an example the schema does not accept", () => {
    const errors = validate(schema, parse("query Broken { client(id: 1) { noSuchField } }"));
    expect(errors.map((error) => error.message)).toEqual(
      expect.arrayContaining(['Cannot query field "noSuchField" on type "Client".']),
    );
  });
});
