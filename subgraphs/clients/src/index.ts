import { join } from "node:path";
import type { SubgraphModule } from "@silta/kernel";
import { createClientsSubgraph } from "./subgraph";

/** The clients subgraph as the runners (servers mode, the embedded hub) see it. */
export const clientsSubgraph: SubgraphModule = {
  name: "clients",
  defaultPort: 4001,
  migrationsDir: join(__dirname, "..", "prisma", "migrations"),
  create: (deps) => createClientsSubgraph(deps),
};

export { createClientsSubgraph };
