import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createLogger,
  InProcessEventBus,
  loggerAccessLog,
  openPostgres,
  viewerKey,
  type Database,
  type SubgraphModule,
  type SubgraphService,
} from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import { AccessService, consentsSubgraph, createConsentsPrisma } from "@silta/consents";
import { fitSubgraph } from "@silta/fit";
import { integrationSubgraph } from "@silta/integration";
import { teamsSubgraph } from "@silta/teams";
import { trainingSubgraph } from "@silta/training";
import { createDevTokenIssuer, createGateway, type Gateway } from "@silta/gateway";
import { createTestDatabase, testDatabaseUrl, TEST_IDENTITY_CODE_HASH_KEY, type TestDatabase } from "@silta/testkit";

const modules: SubgraphModule[] = [
  clientsSubgraph,
  teamsSubgraph,
  consentsSubgraph,
  fitSubgraph,
  trainingSubgraph,
  integrationSubgraph,
];
const supergraphSdl = readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8");

export interface FuzzHub {
  gatewayUrl: string;
  /** Bearer headers of the callers the fuzzer takes turns with. */
  callers: Record<"socialWorker" | "system", Record<string, string>>;
  /** Subgraph databases, whose statement timeout is what a subgraph server runs with. */
  databases: Record<string, Database>;
  stop(): Promise<void>;
}

/**
 * The whole hub as servers mode runs it, in process: the six subgraphs on fresh schemas of the test
 * PostgreSQL (statement timeout as configured by default), the consents service deciding access for
 * all of them, the gateway with the development issuer and no rate limit in front.
 */
export async function startFuzzHub(label: string): Promise<FuzzHub> {
  const testDbs: TestDatabase[] = [];
  const served: Database[] = [];
  const services: SubgraphService[] = [];
  let gateway: Gateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(services.map((service) => service.stop()));
    await Promise.all(served.map((database) => database.close()));
    await Promise.all(testDbs.map((testDb) => testDb.drop()));
  };
  try {
    const log = createLogger({ service: "fuzz", level: "silent" });
    const key = viewerKey("fuzz-test-only-viewer-signing-secret-0123456789");
    const databases: Record<string, Database> = {};
    for (const module of modules) {
      const testDb = await createTestDatabase(`${label}_${module.name}`, module.migrationsDir);
      testDbs.push(testDb);
      // Served as a subgraph server serves it: under the default statement timeout.
      const database = await openPostgres({
        url: testDatabaseUrl(),
        schema: testDb.database.schema,
        poolSize: 4,
        statementTimeoutMs: 3_000,
        connectTimeoutMs: 2_000,
      });
      served.push(database);
      databases[module.name] = database;
    }
    const accessPolicy = new AccessService({
      prisma: createConsentsPrisma(databases["consents"]!),
      timeZone: "Europe/Helsinki",
    }).policy();
    const bus = new InProcessEventBus();
    const subgraphUrls: Record<string, string> = {};
    for (const module of modules) {
      const service = module.create({
        database: databases[module.name]!,
        viewerKey: key,
        log,
        accessPolicy,
        accessLog: loggerAccessLog(log),
        bus,
        settings: { identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY, timeZone: "Europe/Helsinki" },
      });
      services.push(service);
      subgraphUrls[module.name] = await service.start(0);
    }
    const issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl,
      subgraphUrls,
      verifier: issuer.verifier,
      viewerKey: key,
      log,
      metrics: false,
      introspection: true,
      rateLimit: { requests: 1_000_000 },
    });
    const gatewayUrl = await gateway.start(0);
    const county = randomUUID();
    await databases["consents"]!.sql.query(
      `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true)`,
      [county],
    );
    const bearer = async (claims: Parameters<typeof issuer.issue>[0]) => ({
      authorization: `Bearer ${await issuer.issue(claims)}`,
    });
    return {
      gatewayUrl,
      callers: {
        socialWorker: await bearer({
          sub: randomUUID(),
          silta_kind: "professional",
          silta_org: county,
          roles: ["social_worker"],
        }),
        system: await bearer({ sub: `cis-${randomUUID()}`, silta_kind: "system", scope: "clients:read webhooks:manage" }),
      },
      databases,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
