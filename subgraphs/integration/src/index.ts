import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createIntegrationSubgraph } from "./subgraph";

/** The integration subgraph as the runners (servers mode, the embedded hub) see it. */
export const integrationSubgraph: SubgraphModule = {
  name: "integration",
  defaultPort: defaultPortOf("integration"),
  migrationsDir: migrationsDirOf("integration"),
  create: (deps) => createIntegrationSubgraph(deps),
};

export { createIntegrationSubgraph };
export { webhookSettingsFromEnv, type WebhookSettings } from "./config";
export { sign, verify, ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./domain/signature";
