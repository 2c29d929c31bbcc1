import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  InProcessEventBus,
  OutboxRelay,
  createLogger,
  loggerAccessLog,
  remoteAccessPolicy,
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
import { createTestDatabase, TEST_IDENTITY_CODE_HASH_KEY, type TestDatabase } from "@silta/testkit";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway } from "@silta/gateway";

const silent = createLogger({ service: "adversary-hub", level: "silent" });
export const TIME_ZONE = "Europe/Helsinki";
/** The data lake destination the hub exports to, with its pseudonymisation key. */
export const EXPORT_DESTINATION = "lake";

/** One HTTP request a webhook receiver was sent. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * The whole hub as servers mode runs it, in this process: all six subgraphs on fresh schemas of the
 * test PostgreSQL, each on its own port; the consents service deciding and logging for the others
 * over HTTP (`POST /internal/access`, as `CONSENTS_ACCESS_URL` makes them); outbox relays publishing
 * every subgraph's events (to the access projection and the webhooks); the gateway with the
 * development token issuer, the FHIR view and the export proxy in front; and a webhook receiver.
 */
export interface AdversaryHub {
  gatewayUrl: string;
  origin: string;
  /** Each subgraph's own GraphQL URL, to be called directly (with a signed viewer header). */
  subgraphUrls: Record<string, string>;
  databases: Record<string, Database>;
  issuer: DevTokenIssuer;
  /** The key subgraphs check the gateway's viewer header with (the one an attacker would need). */
  viewerKey: ReturnType<typeof viewerKey>;
  webhookUrl: string;
  webhooks: ReceivedWebhook[];
  stop(): Promise<void>;
}

const modules: SubgraphModule[] = [
  consentsSubgraph,
  clientsSubgraph,
  teamsSubgraph,
  fitSubgraph,
  trainingSubgraph,
  integrationSubgraph,
];

export async function startAdversaryHub(label: string): Promise<AdversaryHub> {
  const key = viewerKey("adversary-hub-test-secret-0123456789abcdef");
  const testDbs: TestDatabase[] = [];
  const services: SubgraphService[] = [];
  const relays: OutboxRelay[] = [];
  const bus = new InProcessEventBus();
  const webhooks: ReceivedWebhook[] = [];
  let gateway: Gateway | undefined;
  let receiver: Server | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(relays.map((relay) => relay.stop()));
    await Promise.all(services.map((service) => service.stop()));
    await bus.close();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
    await Promise.all(testDbs.map((testDb) => testDb.drop()));
  };
  try {
    const created = await Promise.all(
      modules.map((module) => createTestDatabase(`${label}_${module.name}`, module.migrationsDir)),
    );
    testDbs.push(...created);
    const databases = Object.fromEntries(modules.map((module, index) => [module.name, created[index]!.database]));
    const exportDestinations = new Map([[EXPORT_DESTINATION, "adversary-hub-export-key-0123456789abcdef"]]);
    const deps = (module: SubgraphModule, accessPolicy: Parameters<SubgraphModule["create"]>[0]["accessPolicy"]) => ({
      database: databases[module.name]!,
      viewerKey: key,
      log: silent,
      accessPolicy,
      accessLog: loggerAccessLog(silent),
      bus,
      settings: { identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY, timeZone: TIME_ZONE },
      exportDestinations,
    });
    const subgraphUrls: Record<string, string> = {};
    // The consents service first: every other subgraph asks it for decisions, over HTTP.
    const consents = consentsSubgraph.create(
      deps(
        consentsSubgraph,
        new AccessService({ prisma: createConsentsPrisma(databases["consents"]!), timeZone: TIME_ZONE }).policy(),
      ),
    );
    services.push(consents);
    subgraphUrls["consents"] = await consents.start(0);
    const decisions = remoteAccessPolicy({
      url: subgraphUrls["consents"].replace(/\/graphql$/, "/internal/access"),
      key,
    });
    for (const module of modules.filter((candidate) => candidate !== consentsSubgraph)) {
      const service = module.create(deps(module, decisions));
      services.push(service);
      subgraphUrls[module.name] = await service.start(0);
    }
    for (const module of modules) {
      const relay = new OutboxRelay({ source: module.name, sql: databases[module.name]!.sql, bus, log: silent, intervalMs: 50 });
      relay.start();
      relays.push(relay);
    }

    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        webhooks.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
    const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    const issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl: readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls,
      verifier: issuer.verifier,
      viewerKey: key,
      log: silent,
      metrics: false,
      // Every viewer asks dozens of questions in a few seconds; the rate limit is not under test.
      rateLimit: { requests: 0 },
    });
    const gatewayUrl = await gateway.start(0);
    return {
      gatewayUrl,
      origin: new URL(gatewayUrl).origin,
      subgraphUrls,
      databases,
      issuer,
      viewerKey: key,
      webhookUrl,
      webhooks,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
