import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createFitSubgraph } from "./subgraph";

/** The fit subgraph as the runners (servers mode, the embedded hub) see it. */
export const fitSubgraph: SubgraphModule = {
  name: "fit",
  defaultPort: defaultPortOf("fit"),
  migrationsDir: migrationsDirOf("fit"),
  create: createFitSubgraph,
};

export { createFitSubgraph };
export { deriveAllFitValues } from "./data/deriveAll";
