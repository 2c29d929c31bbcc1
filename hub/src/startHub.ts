import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  InProcessEventBus,
  developmentSecret,
  OutboxRelay,
  loggerAccessLog,
  embeddedDatabaseDir,
  legacyEmbeddedDatabaseDirs,
  migrate,
  openEmbeddedDatabases,
  viewerKey,
  type Database,
  type EmbeddedDatabases,
  type Logger,
  type SubgraphModule,
  type SubgraphService,
} from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import { AccessService, consentsSubgraph, createConsentsPrisma } from "@silta/consents";
import { fitSubgraph } from "@silta/fit";
import { teamsSubgraph } from "@silta/teams";
import { trainingSubgraph } from "@silta/training";
import { integrationSubgraph } from "@silta/integration";
import { createDevTokenIssuer, createGateway } from "@silta/gateway";
import { inRegistryOrder, portBesideGateway, type SubgraphName } from "@silta/registry";
import { demoUsers } from "./demo/demoCounty";
import { seedDemoCountyIfEmpty, type SubgraphDatabases } from "./demo/seedDemoCounty";

/** Every subgraph of the registry (a missing one fails the type check), in its order. */
const modules: SubgraphModule[] = inRegistryOrder({
  clients: clientsSubgraph,
  teams: teamsSubgraph,
  consents: consentsSubgraph,
  fit: fitSubgraph,
  training: trainingSubgraph,
  integration: integrationSubgraph,
});
const repositoryRoot = join(__dirname, "..", "..");

export interface HubOptions {
  /** Folder of the embedded databases and the development issuer's key; `null` keeps everything in memory. */
  dataDir: string | null;
  /** Gateway port; subgraphs take the next six unless `subgraphPorts` says otherwise. 0 picks free ports. */
  port: number;
  host?: string;
  log: Logger;
  /** The built web app served at `/app/`. Default: the repository's `ui/dist` (`npm start` builds it). */
  webAppDirectory?: string;
  /** Hears each step of the start as it begins ("migrating", "seeding"), for the person waiting. */
  onStep?: (step: string) => void;
}

export interface DemoToken {
  user: string;
  description: string;
  token: string;
}

export interface Hub {
  gatewayUrl: string;
  /** The web app, at the gateway's origin. */
  webAppUrl: string;
  subgraphUrls: Record<string, string>;
  tokens: DemoToken[];
  /** True when this start created the demo county (first start on this data folder). */
  seeded: boolean;
  stop(): Promise<void>;
}

/**
 * The embedded hub: six subgraphs on one PGlite (a schema each), events in process, the gateway with the development
 * token issuer, all in this process. The same subgraph and gateway factories run one per container
 * in servers mode; only the adapters differ.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  if (process.env["NODE_ENV"] === "production") {
    throw new Error(
      "The embedded hub is for development only and refuses to start with NODE_ENV=production. Run the services with DATABASE_URL and REDIS_URL (see docker-compose.yml).",
    );
  }
  const { log } = options;
  const step = options.onStep ?? (() => undefined);
  const host = options.host ?? "127.0.0.1";
  const dataDir = options.dataDir;
  let embedded = await openHubDatabase(dataDir, step);
  let databases = {} as Record<string, Database>;
  const closers: (() => Promise<void>)[] = [() => embedded.close()];
  const stop = async () => {
    for (const close of closers.reverse()) await close().catch((error: unknown) => log.warn({ err: error }, "close failed"));
  };
  try {
    databases = await schemasOf(embedded);
    let migrated = false;
    for (const module of modules) {
      const report = await migrate(databases[module.name]!.sql, module.migrationsDir);
      if (report.applied.length > 0) {
        migrated = true;
        step(`Migrated ${module.name}: ${report.applied.length} migration(s) applied`);
        log.info({ subgraph: module.name, applied: report.applied }, "migrations applied");
      }
    }
    const seeded = await seedDemoCountyIfEmpty(databases as SubgraphDatabases, step);
    if (seeded) log.info("demo county seeded");
    if ((migrated || seeded) && dataDir) {
      // Creating the database (initdb, migrations, the demo county) grows PGlite's WebAssembly
      // memory, which never shrinks: a few hundred MB the hub would carry for its whole life.
      // Reopened, the database holds what it holds on a later start (docs/benchmarks.md).
      await embedded.close();
      embedded = await openHubDatabase(dataDir, step);
      databases = await schemasOf(embedded);
    }
    step(`Starting the ${modules.length} subgraphs and the gateway…`);

    const bus = new InProcessEventBus();
    const relays = modules.map((module) => new OutboxRelay({ source: module.name, sql: databases[module.name]!.sql, bus, log }));
    relays.forEach((relay) => relay.start());
    closers.push(async () => {
      await Promise.all(relays.map((relay) => relay.stop()));
      await bus.close();
    });

    // In process, subgraphs and gateway share a fresh secret: nothing outside can mint a viewer.
    const key = viewerKey(randomBytes(32).toString("base64url"));
    const settings = {
      identityCodeHashKey: developmentSecret(options.dataDir && join(options.dataDir, "identity-code-hash-key")),
      timeZone: "Europe/Helsinki",
    };
    // One access service over the consents database decides and logs for every subgraph, in process:
    // the same rules and the same hash-chained log as the HTTP endpoint in servers mode.
    const accessPrisma = createConsentsPrisma(databases["consents"]!);
    closers.push(() => accessPrisma.$disconnect());
    const accessPolicy = new AccessService({ prisma: accessPrisma, timeZone: settings.timeZone, receiptKey: key }).policy();
    const subgraphUrls: Record<string, string> = {};
    for (const module of modules) {
      const service: SubgraphService = module.create({
        database: databases[module.name]!,
        viewerKey: key,
        log: log.child({ subgraph: module.name }),
        accessPolicy,
        accessLog: loggerAccessLog(log.child({ subgraph: module.name })),
        bus,
        settings,
      });
      subgraphUrls[module.name] = await service.start(
        options.port === 0 ? 0 : portBesideGateway(module.name as SubgraphName, options.port),
        host,
      );
      closers.push(() => service.stop());
    }

    const issuer = await createDevTokenIssuer({
      keyFile: options.dataDir ? join(options.dataDir, "dev-issuer-key.json") : undefined,
    });
    const tokens = await Promise.all(
      demoUsers.map(async (user) => ({
        user: user.key,
        description: user.description,
        token: await issuer.issue({ ...user.claims }),
      })),
    );
    const gateway = createGateway({
      supergraphSdl: readFileSync(join(repositoryRoot, "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls,
      verifier: issuer.verifier,
      // The IDE offers the demo users' tokens with one click.
      developmentTokens: tokens,
      // The web app signs in as the same demo users, with the same tokens.
      webApp: {
        directory: options.webAppDirectory ?? join(repositoryRoot, "ui", "dist"),
        signIn: { kind: "development", users: tokens },
      },
      viewerKey: key,
      log: log.child({ service: "gateway" }),
    });
    const gatewayUrl = await gateway.start(options.port, host);
    closers.push(() => gateway.stop());

    const webAppUrl = new URL("/app/", gatewayUrl).href;
    return { gatewayUrl, webAppUrl, subgraphUrls, tokens, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function schemasOf(embedded: EmbeddedDatabases): Promise<Record<string, Database>> {
  const databases = {} as Record<string, Database>;
  for (const module of modules) databases[module.name] = await embedded.schema(module.name);
  return databases;
}

/**
 * The one embedded PostgreSQL of the hub, a schema per subgraph (`docs/decisions/0012-one-embedded-database.md`).
 * Folders of an older Silta, a database per subgraph, are named for the person to remove.
 */
async function openHubDatabase(dataDir: string | null, step: (step: string) => void): Promise<EmbeddedDatabases> {
  if (!dataDir) {
    step("Opening the embedded database (in memory)…");
    return openEmbeddedDatabases({ dataDir: null });
  }
  const folder = embeddedDatabaseDir(dataDir);
  // Creating one runs PostgreSQL's initdb, the longest wait of a first start: say so.
  step(
    existsSync(join(folder, "PG_VERSION"))
      ? `Opening the embedded database in ${folder}…`
      : `Creating the embedded database in ${folder} (first start on this data folder)…`,
  );
  const legacy = legacyEmbeddedDatabaseDirs(
    dataDir,
    modules.map((module) => module.name),
  );
  if (legacy.length > 0)
    step(
      `Not read any more: ${legacy.join(", ")} (an older Silta's database per subgraph; this one keeps every subgraph in ${folder}). Delete them to free the space.`,
    );
  return openEmbeddedDatabases({ dataDir: folder });
}
