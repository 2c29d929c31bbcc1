import { join } from "node:path";
import type { SubgraphModule } from "@silta/kernel";
import { createFitSubgraph } from "./subgraph";

/** The fit subgraph as the runners (servers mode, the embedded hub) see it. */
export const fitSubgraph: SubgraphModule = {
  name: "fit",
  defaultPort: 4004,
  migrationsDir: join(__dirname, "..", "prisma", "migrations"),
  create: createFitSubgraph,
};

export { createFitSubgraph };
export { deriveAllFitValues } from "./data/deriveAll";
