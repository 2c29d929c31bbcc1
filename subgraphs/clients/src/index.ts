import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createClientsSubgraph } from "./subgraph";

/** The clients subgraph as the runners (servers mode, the embedded hub) see it. */
export const clientsSubgraph: SubgraphModule = {
  name: "clients",
  defaultPort: defaultPortOf("clients"),
  migrationsDir: migrationsDirOf("clients"),
  create: (deps) => createClientsSubgraph(deps),
};

export { createClientsSubgraph };
