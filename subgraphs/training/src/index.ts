import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createTrainingSubgraph } from "./subgraph";

/** The training subgraph as the runners (servers mode, the embedded hub) see it. */
export const trainingSubgraph: SubgraphModule = {
  name: "training",
  defaultPort: defaultPortOf("training"),
  migrationsDir: migrationsDirOf("training"),
  create: createTrainingSubgraph,
};

export { createTrainingSubgraph };
