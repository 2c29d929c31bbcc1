import { join } from "node:path";
import type { SubgraphModule } from "@silta/kernel";
import { createTrainingSubgraph } from "./subgraph";

/** The training subgraph as the runners (servers mode, the embedded hub) see it. */
export const trainingSubgraph: SubgraphModule = {
  name: "training",
  defaultPort: 4005,
  migrationsDir: join(__dirname, "..", "prisma", "migrations"),
  create: createTrainingSubgraph,
};

export { createTrainingSubgraph };
