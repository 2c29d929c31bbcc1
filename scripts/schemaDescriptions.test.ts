import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaDir } from "./composeSupergraph";
import { subgraphs } from "./subgraphs";
import { undescribedSchemaElements } from "./undescribedSchemaElements";

describe("the descriptions of the subgraph SDL files", () => {
  it("finds a missing description on a type, field, argument, input field and enum value", () => {
    const sdl = `
      "Described." type Team { "Described." id: ID! name: String! members("Described." first: Int, after: String): [ID!]! }
      type Query { "Described." team(id: ID!): Team }
      input TeamInput { "" name: String! }
      "Described." enum TeamKind { "Described." AREA_TEAM CLIENT_TEAM }
    `;
    expect(undescribedSchemaElements(sdl)).toEqual([
      "Team.name",
      "Team.members",
      "Team.members(after:)",
      "Query.team(id:)",
      "TeamInput",
      "TeamInput.name",
      "TeamKind.CLIENT_TEAM",
    ]);
  });

  it.each(subgraphs.map(({ name }) => name))(
    "describes every type, field, argument, input field and enum value of schema/%s.graphql",
    (name) => {
      const sdl = readFileSync(join(schemaDir, `${name}.graphql`), "utf8");
      expect(undescribedSchemaElements(sdl)).toEqual([]);
    },
  );
});
