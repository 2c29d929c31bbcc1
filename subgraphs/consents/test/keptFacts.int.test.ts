import { randomUUID } from "node:crypto";
import pg from "pg";
import { AccessGuard, DataCategory, type AccessRequest, type Sql, type Viewer } from "@silta/kernel";
import {
  clientViewer,
  createTestDatabase,
  professional,
  startSubgraph,
  type SubgraphHarness,
  testDatabaseUrl,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { Prisma } from "../src/data/prisma/client";
import { AccessService } from "../src/access/AccessService";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

const recordConsent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const revokeConsent = `mutation ($id: ID!) { revokeConsent(id: $id) { id } }`;
const recordBan = `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`;

/**
 * The consents database's client, and its kernel `Sql` that the log's appends run on, counting the
 * statements (the facts statements, `professionalFacts`, apart) and failing on demand.
 */
function watchedPrisma(prisma: PrismaClient, sql: Sql) {
  const watch = { factsStatements: 0, statements: 0, down: false };
  const watched = new Proxy(prisma, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      if (property !== "$queryRaw" && property !== "$executeRaw") return (value as (...args: unknown[]) => unknown).bind(target);
      return (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
        if (watch.down) return Promise.reject(new Error("connection terminated"));
        watch.statements += 1;
        const text = "sql" in query ? query.sql : Prisma.sql(query, ...(values as Prisma.Sql[])).sql;
        if (text.includes("access_responsible_worker")) watch.factsStatements += 1;
        return (value as (...args: unknown[]) => unknown).call(target, query, ...values);
      };
    },
  });
  const watchedSql: Sql = {
    ...sql,
    query: <Row>(text: string, params?: unknown[]) => {
      if (watch.down) return Promise.reject(new Error("connection terminated"));
      watch.statements += 1;
      return sql.query<Row>(text, params);
    },
  };
  return { prisma: watched, sql: watchedSql, watch };
}

/**
 * A consents process keeps professionals' read facts between decision batches, checked against the
 * facts' version at the start of every batch. Real PostgreSQL: a consent revoked, a ban recorded, a
 * team left, through the API or by any other writer, decides the very next batch, with facts kept warm.
 */
describe("facts kept between decisions", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let world: AccessWorld;
  let service: AccessService;
  let watch: ReturnType<typeof watchedPrisma>["watch"];

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_kept_facts", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 3);
    harness = await startSubgraph(consentsSubgraph, testDb.database);
    const watched = watchedPrisma(createPrisma(testDb.database), testDb.database.sql);
    watch = watched.watch;
    service = new AccessService({ prisma: watched.prisma, sql: watched.sql, timeZone: "Europe/Helsinki" });
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const socialWorker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const curator = (): Viewer => professional(world.city, { id: world.curator, roles: ["school_curator"] });
  const reads = (clients: string[], category: DataCategory): AccessRequest[] =>
    clients.map((clientId) => ({ clientId, category, action: "read" }));
  const decide = (viewer: Viewer, clients: string[], category: DataCategory = DataCategory.Basic) =>
    service.decideAndLog(viewer, reads(clients, category), { requestId: randomUUID(), source: "clients" });
  const mutate = async (query: string, variables: Record<string, unknown>, viewer: Viewer) => {
    const answer = await harness.query<Record<string, { id: string }>>(query, variables, viewer);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data!)[0]!.id;
  };
  const consentFor = (clientId: string, categories: string[] = ["BASIC", "FIT"]) =>
    mutate(
      recordConsent,
      {
        input: {
          clientId,
          recipientOrganizationIds: [world.city],
          categories,
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-7",
          validFrom: "2020-01-01",
        },
      },
      socialWorker(),
    );

  it("decides a batch whose facts did not change without reading them again, and as the facts say", async () => {
    await consentFor(world.clients[0]!);
    const first = await decide(curator(), world.clients);
    const read = watch.factsStatements;
    const again = await decide(curator(), world.clients);
    expect(watch.factsStatements).toBe(read);
    expect(again).toEqual(first);
    expect(again.map((decision) => decision.basis)).toEqual(["consent", "no_consent", "no_consent"]);
    // A client not decided before is read (only it), and kept with the rest.
    const newcomer = (await buildAccessWorld(testDb.database.sql, 1)).clients[0]!;
    const withNewcomer = await decide(curator(), [...world.clients, newcomer]);
    expect(withNewcomer.at(-1)).toEqual({ allowed: false, basis: "no_client_relationship" });
    expect(watch.factsStatements).toBeGreaterThan(read);
  });

  it("decides the very next batch after a consent is revoked through the API", async () => {
    const client = world.clients[1]!;
    const consentId = await consentFor(client);
    expect(await decide(curator(), [client])).toMatchObject([{ allowed: true, basis: "consent" }]);
    expect(await decide(curator(), [client])).toMatchObject([{ allowed: true, basis: "consent" }]);
    await mutate(revokeConsent, { id: consentId }, clientViewer(client));
    expect(await decide(curator(), [client])).toEqual([{ allowed: false, basis: "no_consent" }]);
  });

  it("decides the very next batch after a ban is recorded", async () => {
    const client = world.clients[0]!;
    expect(await decide(curator(), [client], DataCategory.Fit)).toMatchObject([{ allowed: true, basis: "consent" }]);
    await mutate(
      recordBan,
      { input: { clientId: client, kind: "ORGANIZATION", organizationId: world.city } },
      clientViewer(client),
    );
    expect(await decide(curator(), [client], DataCategory.Fit)).toMatchObject([{ allowed: false, basis: "ban" }]);
  });

  it("decides the very next batch after any writer changes the projection, here by plain SQL: the worker left the team", async () => {
    const team = await buildAccessWorld(testDb.database.sql, 2);
    const worker = professional(team.county, { id: team.socialWorker });
    const sql = testDb.database.sql;
    expect(await decide(worker, team.clients)).toMatchObject([{ basis: "responsible_worker" }, { basis: "responsible_worker" }]);
    await sql.query(`DELETE FROM access_responsible_worker WHERE professional_id = $1`, [team.socialWorker]);
    expect(await decide(worker, team.clients)).toMatchObject([{ basis: "team_member" }, { basis: "team_member" }]);
    await sql.query(`UPDATE access_team_member SET until = '2021-01-01' WHERE team_id = $1 AND professional_id = $2`, [
      team.team,
      team.socialWorker,
    ]);
    expect(await decide(worker, team.clients)).toEqual([
      { allowed: false, basis: "no_client_relationship" },
      { allowed: false, basis: "no_client_relationship" },
    ]);
  });

  it("writes nothing of a batch decided on kept facts whose version moved on: it decides afresh and logs once", async () => {
    const team = await buildAccessWorld(testDb.database.sql, 2);
    const worker = professional(team.county, { id: team.socialWorker });
    const sql = testDb.database.sql;
    await decide(worker, team.clients);
    // Warm: decided on the kept facts, with no statement but the log's (which checks their version).
    const read = watch.factsStatements;
    const statements = watch.statements;
    expect(await decide(worker, team.clients)).toMatchObject([{ basis: "responsible_worker" }, { basis: "responsible_worker" }]);
    expect(watch.factsStatements).toBe(read);
    expect(watch.statements - statements).toBe(1);
    // Another writer changes a fact: the kept facts still say "responsible worker", the version does not.
    await sql.query(`DELETE FROM access_responsible_worker WHERE professional_id = $1`, [team.socialWorker]);
    const requestId = randomUUID();
    const decisions = await service.decideAndLog(worker, reads(team.clients, DataCategory.Basic), {
      requestId,
      source: "clients",
    });
    expect(decisions).toMatchObject([{ basis: "team_member" }, { basis: "team_member" }]);
    const logged = await sql.query<{ client_id: string; items: { basis: string }[] }>(
      `SELECT client_id, items FROM access_log_entries WHERE request_id = $1 ORDER BY client_id`,
      [requestId],
    );
    expect(logged.map((row) => row.client_id)).toEqual([...team.clients].sort());
    expect(logged.map((row) => row.items.map((item) => item.basis))).toEqual([["team_member"], ["team_member"]]);
  });

  it("decides a list's page reads afresh with its rows when the kept facts' version moved on", async () => {
    // The one client of the world no other test gives a consent or a ban.
    const client = world.clients[2]!;
    await consentFor(client, ["TEAM", "FIT"]);
    const page = () =>
      service.visibleAmong(
        curator(),
        DataCategory.Team,
        [{ clientIds: [client] }],
        50,
        {
          requestId: randomUUID(),
          source: "teams",
          scope: randomUUID(),
        },
        [DataCategory.Fit],
      );
    // Warm: the curator's facts kept, the row and its latest scores allowed by the consent.
    expect(await page()).toMatchObject({ visible: [0], pageReads: [[{ allowed: true, basis: "consent" }]] });
    await mutate(recordBan, { input: { clientId: client, kind: "CATEGORY", categories: ["FIT"] } }, clientViewer(client));
    // Decided first on the kept facts (their version no longer holds, so nothing is written), then
    // afresh: the page read decided on the kept facts must not stand.
    expect(await page()).toMatchObject({ visible: [0], pageReads: [[{ allowed: false, basis: "ban" }]] });
  });

  it("fails closed when the facts' version cannot be read, however warm the kept facts are", async () => {
    const client = world.clients[2]!;
    const viewer = socialWorker();
    expect(await decide(viewer, [client])).toMatchObject([{ allowed: true }]);
    watch.down = true;
    try {
      await expect(decide(viewer, [client])).rejects.toThrow("connection terminated");
      const guard = new AccessGuard({
        viewer,
        policy: service.policy(),
        log: { append: async () => undefined },
        requestId: randomUUID(),
        source: "clients",
      });
      await expect(guard.assert(client, DataCategory.Basic)).rejects.toMatchObject({
        extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
      });
    } finally {
      watch.down = false;
    }
  });

  it("lets two writers change the same facts in opposite order: the second waits for the version, no deadlock", async () => {
    const connect = async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      await client.query(`SET search_path TO "${testDb.database.schema}"`);
      return client;
    };
    const [first, second] = await Promise.all([connect(), connect()]);
    const touch = (client: pg.Client, organizationId: string) =>
      client.query(`UPDATE access_organization SET organization_id = organization_id WHERE organization_id = $1`, [
        organizationId,
      ]);
    const version = async () =>
      Number((await testDb.database.sql.query<{ version: string }>(`SELECT version FROM access_facts_version`))[0]!.version);
    try {
      const before = await version();
      await first.query("BEGIN");
      await second.query("BEGIN");
      await touch(first, world.county);
      // The second writer's statement waits for the version the first holds, before locking the city's row.
      const secondWrite = touch(second, world.city).then(() => second.query("COMMIT"));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Had it locked the city's row first, this would wait for it while it waits for the version: a deadlock.
      await touch(first, world.city);
      await first.query("COMMIT");
      await secondWrite;
      expect(await version()).toBe(before + 2);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });
});
