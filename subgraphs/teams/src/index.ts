import { join } from "node:path";
import type { SubgraphModule } from "@silta/kernel";
import { createTeamsSubgraph } from "./subgraph";

/** The teams subgraph as the runners (servers mode, the embedded hub) see it. */
export const teamsSubgraph: SubgraphModule = {
  name: "teams",
  defaultPort: 4002,
  migrationsDir: join(__dirname, "..", "prisma", "migrations"),
  create: createTeamsSubgraph,
};

export { createTeamsSubgraph };
