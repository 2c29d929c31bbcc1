import type { SubgraphModule } from "@silta/kernel";
import { defaultPortOf, migrationsDirOf } from "@silta/registry";
import { createConsentsSubgraph } from "./subgraph";

/** The consents subgraph as the runners (servers mode, the embedded hub) see it. */
export const consentsSubgraph: SubgraphModule = {
  name: "consents",
  defaultPort: defaultPortOf("consents"),
  migrationsDir: migrationsDirOf("consents"),
  create: createConsentsSubgraph,
};

export { createConsentsSubgraph };
/** The access decisions over a consents database, for a hub that runs every subgraph in one process. */
export { AccessService } from "./access/AccessService";
export { ACCESS_ENDPOINT_PATH } from "./access/accessEndpoint";
/** Whether a ban covers a request, for the subgraphs' tests of service-task bans. */
export { banCovers, type BanFact } from "./domain/accessRules";
export { applyAccessEvent, applyAccessEventIn } from "./projection/applyAccessEvent";
/** The consents database's Prisma client, for composition roots that build an AccessService (the embedded hub, tests). */
export { createPrisma as createConsentsPrisma, type ConsentsDb, type PrismaClient as ConsentsPrismaClient } from "./data/db";
