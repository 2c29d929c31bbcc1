import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createTeamsSubgraph } from "./subgraph";

/** The teams subgraph as the runners (servers mode, the embedded hub) see it. */
export const teamsSubgraph: SubgraphModule = {
  name: "teams",
  defaultPort: defaultPortOf("teams"),
  migrationsDir: migrationsDirOf("teams"),
  create: createTeamsSubgraph,
};

export { createTeamsSubgraph };
