import { randomUUID } from "node:crypto";
import {
  InProcessEventBus,
  loggerAccessLog,
  todayIn,
  type Database,
  type SubgraphModule,
  type SubgraphService,
} from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import { AccessService, consentsSubgraph, createConsentsPrisma } from "@silta/consents";
import { fitSubgraph } from "@silta/fit";
import { teamsSubgraph } from "@silta/teams";
import { trainingSubgraph } from "@silta/training";
import { integrationSubgraph } from "@silta/integration";
import { inRegistryOrder } from "@silta/registry";
import { createTestDatabase, TEST_IDENTITY_CODE_HASH_KEY, type TestDatabase } from "@silta/testkit";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway } from "../../src";
import type { DevTokenClaims } from "../../src/auth/devTokenIssuer";
import { key, post, silent, type Answer } from "./testWorld";

/** Every subgraph of the registry (a missing one fails the type check), as the embedded hub runs them. */
const modules: SubgraphModule[] = inRegistryOrder({
  clients: clientsSubgraph,
  teams: teamsSubgraph,
  consents: consentsSubgraph,
  fit: fitSubgraph,
  training: trainingSubgraph,
  integration: integrationSubgraph,
});
const supergraphSdl = readFileSync(join(__dirname, "..", "..", "..", "schema", "supergraph.graphql"), "utf8");
export const TIME_ZONE = "Europe/Helsinki";

/**
 * The real hub for gateway tests: every subgraph on a fresh schema of the test PostgreSQL, the
 * consents service deciding and logging access for all of them (as in the embedded hub), and the
 * gateway with the development issuer in front, every server on a free port. The access
 * projection is seeded directly (`grantResponsibleWorker`), not learnt from events.
 */
export interface HubWorld {
  gatewayUrl: string;
  /** The gateway's origin, for paths other than /graphql. */
  origin: string;
  databases: Record<string, Database>;
  issuer: DevTokenIssuer;
  /** The county (the controller organisation) and a social worker of it with a token. */
  county: string;
  socialWorker: { id: string; bearer: Record<string, string> };
  /** A bearer token of a professional of another organisation with no client relationship. */
  outsider: { id: string; bearer: Record<string, string> };
  /** A client information system with `clients:read`. */
  system: { id: string; bearer: Record<string, string> };
  today: string;
  graphql(query: string, variables: Record<string, unknown>, bearer: Record<string, string>): Promise<Answer>;
  /** Makes the professional the client's responsible worker in the access projection. */
  grantResponsibleWorker(clientId: string, professionalId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startHubWorld(label: string): Promise<HubWorld> {
  const testDbs: TestDatabase[] = [];
  const services: SubgraphService[] = [];
  let gateway: Gateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(services.map((service) => service.stop()));
    await Promise.all(testDbs.map((testDb) => testDb.drop()));
  };
  try {
    const databases: Record<string, Database> = {};
    for (const module of modules) {
      const testDb = await createTestDatabase(`${label}_${module.name}`, module.migrationsDir);
      testDbs.push(testDb);
      databases[module.name] = testDb.database;
    }
    const accessPolicy = new AccessService({
      prisma: createConsentsPrisma(databases["consents"]!),
      timeZone: TIME_ZONE,
    }).policy();
    const bus = new InProcessEventBus();
    const subgraphUrls: Record<string, string> = {};
    for (const module of modules) {
      const service = module.create({
        database: databases[module.name]!,
        viewerKey: key,
        log: silent,
        accessPolicy,
        accessLog: loggerAccessLog(silent),
        bus,
        settings: { identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY, timeZone: TIME_ZONE },
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
      log: silent,
      metrics: false,
    });
    const gatewayUrl = await gateway.start(0);

    const county = randomUUID();
    const city = randomUUID();
    const bearer = async (claims: DevTokenClaims) => ({ authorization: `Bearer ${await issuer.issue(claims)}` });
    const socialWorker = randomUUID();
    const outsider = randomUUID();
    const system = `cis-${randomUUID()}`;
    const consents = databases["consents"]!.sql;
    await consents.query(
      `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true), ($2, false)`,
      [county, city],
    );
    return {
      gatewayUrl,
      origin: new URL(gatewayUrl).origin,
      databases,
      issuer,
      county,
      socialWorker: {
        id: socialWorker,
        bearer: await bearer({ sub: socialWorker, silta_kind: "professional", silta_org: county, roles: ["social_worker"] }),
      },
      outsider: {
        id: outsider,
        bearer: await bearer({ sub: outsider, silta_kind: "professional", silta_org: city, roles: ["school_curator"] }),
      },
      system: { id: system, bearer: await bearer({ sub: system, silta_kind: "system", scope: "clients:read" }) },
      today: todayIn(TIME_ZONE),
      graphql: (query, variables, headers) => post(gatewayUrl, { query, variables }, headers),
      async grantResponsibleWorker(clientId, professionalId) {
        await consents.query(
          `INSERT INTO access_client (client_id, controller_organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [clientId, county],
        );
        await consents.query(
          `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) VALUES ($1, $2, $3, '2020-01-01')`,
          [clientId, professionalId, county],
        );
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
