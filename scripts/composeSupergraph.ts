import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { schemaFileOf } from "@silta/registry";
import { subgraphs } from "./subgraphs";

export const schemaDir = join(__dirname, "..", "schema");
export const supergraphPath = join(schemaDir, "supergraph.graphql");

/**
 * Composes schema/<name>.graphql into the supergraph SDL. The routing URLs are the service names of
 * docker-compose.yml; every deployment overrides them from configuration (SUBGRAPH_<NAME>_URL).
 */
export function composeSupergraph(): { supergraphSdl: string } | { errors: string[] } {
  const result = composeServices(
    subgraphs.map(({ name, port }) => ({
      name,
      url: `http://${name}:${port}/graphql`,
      typeDefs: parse(readFileSync(schemaFileOf(name), "utf8")),
    })),
  );
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}
