import { randomUUID } from "node:crypto";
import { createLogger, InProcessEventBus, OutboxRelay, type Sql, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "../../clients/src";
import { consentsSubgraph } from "../src";
import { AccessService } from "../src/access/AccessService";
import { buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

const createClient = `mutation ($input: CreateClientInput!) { createClient(input: $input) { created client { id } } }`;
const startRelationship = `mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id organization { id } } }`;
const readClient = `query ($id: ID!) { client(id: $id) { id firstName identityCode(unmasked: true) } }`;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * Who may create the facts that grant access (docs/access.md, "Who may create access"), through the
 * real clients and consents subgraphs deciding with the consents service: each row is shown allowed
 * and refused, and every refusal is in the access log as a denied `grant`.
 */
describe("who may create the facts that grant access", () => {
  const databases: TestDatabase[] = [];
  let consents: SubgraphHarness;
  let clients: SubgraphHarness;
  let sql: Sql;
  let world: AccessWorld;
  /** A county organisation other than the controller: the family centre. */
  const centre = randomUUID();
  const bus = new InProcessEventBus();
  /** The clients subgraph's outbox relay, flushed by hand: its events reach the consents projection. */
  let relay: OutboxRelay;

  beforeAll(async () => {
    const [consentsDb, clientsDb] = await Promise.all([
      createTestDatabase("writes_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("writes_clients", clientsSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!);
    sql = consentsDb!.database.sql;
    relay = new OutboxRelay({
      source: "clients",
      sql: clientsDb!.database.sql,
      bus,
      log: createLogger({ service: "clients", level: "silent" }),
    });
    world = await buildAccessWorld(sql, 2);
    await sql.query(`INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true)`, [centre]);
    const accessPolicy = new AccessService({ sql, timeZone: "Europe/Helsinki" }).policy();
    [consents, clients] = await Promise.all([
      startSubgraph(consentsSubgraph, consentsDb!.database, { bus }),
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy, bus }),
    ]);
    // The world's clients on record in the clients subgraph, as their responsible worker created them;
    // the first one under a non-disclosure order, with a client relationship of the county's own.
    for (const [index, id] of world.clients.entries()) {
      const created = await clients.query(
        createClient,
        {
          input: {
            id,
            temporaryIdentifier: `T-${id}`,
            firstName: index === 0 ? "Salla" : "Eino",
            lastName: "Turva",
            controllerOrganizationId: world.county,
            hasNonDisclosureOrder: index === 0,
          },
        },
        socialWorker(),
      );
      expect(created.errors).toBeUndefined();
    }
    const started = await clients.query(
      startRelationship,
      { input: relationship(world.clients[0]!, world.county) },
      socialWorker(),
    );
    expect(started.errors).toBeUndefined();
  });

  afterAll(async () => {
    await Promise.all([consents, clients].filter(Boolean).map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  const socialWorker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const nurse = professional(centre, { id: randomUUID(), roles: ["nurse"] });
  const relationship = (clientId: string, organizationId: string) => ({
    clientId,
    organizationId,
    serviceTask: "maternity_and_child_health",
    since: "2026-01-01",
  });
  const deniedGrants = async (viewerId: string, clientId: string) =>
    (await logRows(sql, { viewerId, clientId })).filter((row) => row.action === "grant" && row.outcome === "denied");
  const forbiddenReason = (answer: Answer) => {
    expect(answer.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    return answer.errors![0]!.extensions!["reason"];
  };

  describe("starting a client relationship", () => {
    it("refuses a county professional with no basis who tries to attach herself to a non-disclosure client, and logs the attempt", async () => {
      const [salla] = world.clients as [string];
      const attempt = (await clients.query(startRelationship, { input: relationship(salla, centre) }, nurse)) as Answer;
      expect(forbiddenReason(attempt)).toBe("no_client_relationship");
      expect(await deniedGrants(nurse.id, salla)).toEqual([
        expect.objectContaining({ category: "basic", basis: "no_client_relationship", source: "clients" }),
      ]);
      // Nothing was written, so nothing reaches the projection: she still reads nothing of Salla.
      const read = (await clients.query(readClient, { id: salla }, nurse)) as Answer;
      expect(read.data?.["client"]?.firstName ?? null).toBeNull();
      expect(JSON.stringify(read)).not.toMatch(/Salla|T-/);
    });

    it("lets the responsible worker open her own organisation's relationship, and no other organisation's", async () => {
      const [, eino] = world.clients as [string, string];
      const own = (await clients.query(startRelationship, { input: relationship(eino, world.county) }, socialWorker())) as Answer;
      expect(own.errors).toBeUndefined();
      const forOthers = (await clients.query(startRelationship, { input: relationship(eino, centre) }, socialWorker())) as Answer;
      expect(forbiddenReason(forOthers)).toBe("not_own_organization");
      expect(await deniedGrants(world.socialWorker, eino)).toEqual([expect.objectContaining({ basis: "not_own_organization" })]);
    });

    it("lets an intake worker of the client's controller open a relationship for a client already on record, and not one of another organisation", async () => {
      const [, eino] = world.clients as [string, string];
      const intake = professional(world.county, { id: randomUUID(), roles: ["intake"] });
      const opened = (await clients.query(startRelationship, { input: relationship(eino, world.county) }, intake)) as Answer;
      expect(opened.errors).toBeUndefined();
      expect(await logRows(sql, { viewerId: intake.id, clientId: eino })).toEqual([
        expect.objectContaining({ action: "grant", outcome: "allowed", basis: "intake" }),
      ]);
      const centreIntake = professional(centre, { id: randomUUID(), roles: ["intake"] });
      const refused = (await clients.query(startRelationship, { input: relationship(eino, centre) }, centreIntake)) as Answer;
      expect(forbiddenReason(refused)).toBe("no_client_relationship");
    });

    it("lets the creator of a brand-new client open its first relationship, and not a colleague who did not create it", async () => {
      const id = randomUUID();
      const created = (await clients.query(
        createClient,
        {
          input: { id, temporaryIdentifier: `T-${id}`, firstName: "Uusi", lastName: "Asiakas", controllerOrganizationId: centre },
        },
        nurse,
      )) as Answer;
      expect(created.errors).toBeUndefined();
      // Once the projection knows the client and its creator, only the creator is "establishing".
      await relay.flush();
      await waitFor(
        async () =>
          (await sql.query(`SELECT 1 FROM access_client WHERE client_id = $1 AND created_by = $2`, [id, nurse.id])).length > 0,
      );
      const colleague = professional(centre, { id: randomUUID(), roles: ["nurse"] });
      const refused = (await clients.query(startRelationship, { input: relationship(id, centre) }, colleague)) as Answer;
      expect(forbiddenReason(refused)).toBe("no_client_relationship");
      const opened = (await clients.query(startRelationship, { input: relationship(id, centre) }, nurse)) as Answer;
      expect(opened.errors).toBeUndefined();
      expect(await logRows(sql, { viewerId: nurse.id, clientId: id })).toContainEqual(
        expect.objectContaining({ action: "grant", outcome: "allowed", basis: "establishing_client_relationship" }),
      );
    });

    it("does not hand an existing client to someone who re-sends a create with that client's id", async () => {
      const [salla] = world.clients as [string];
      const replay = (await clients.query(
        createClient,
        {
          input: {
            id: salla,
            temporaryIdentifier: `T-${salla}`,
            firstName: "Salla",
            lastName: "Turva",
            controllerOrganizationId: world.county,
          },
        },
        nurse,
      )) as Answer;
      expect(forbiddenReason(replay)).toBe("no_client_relationship");
      expect(JSON.stringify(replay.data ?? null)).not.toMatch(/Salla/);
    });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition not met");
}
