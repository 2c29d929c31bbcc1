import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import {
  clientViewer,
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { consentsSubgraph } from "../src";
import { ACCESS_LOG_SEALER_STATEMENTS, buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

interface ConsentData {
  purpose: string;
  isActive: boolean;
  categories: string[];
  validFrom: string;
  validUntil: string | null;
  revokedAt: string | null;
  recipientOrganization: { id: string } | null;
}
type ClientData = { id: string; consents: ConsentData[] | null } | null;

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Client { id consents { purpose isActive categories validFrom validUntil revokedAt recipientOrganization { id } } }
  }
}`;

describe("consents subgraph", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  let world: AccessWorld;
  let clients: string[];
  let aino: string;
  let eetu: string;
  const school = randomUUID();
  const today = todayIn("Europe/Helsinki");
  const references = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: "Client", id })) });
  const worker = () => professional(world.county, { id: world.socialWorker });

  beforeAll(async () => {
    testDb = await createTestDatabase("consents", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 3);
    clients = world.clients;
    [aino, eetu] = clients as [string, string];
    counting = countStatements(testDb.database, ACCESS_LOG_SEALER_STATEMENTS);
    // The sealer shares the counted client: it seals once at start (its statements left out of the count,
    // however late that first seal runs), then not while the statements are counted.
    const interval = process.env["ACCESS_LOG_SEAL_INTERVAL_MS"];
    process.env["ACCESS_LOG_SEAL_INTERVAL_MS"] = "3600000";
    harness = await startSubgraph(consentsSubgraph, counting.database).finally(() => {
      if (interval === undefined) delete process.env["ACCESS_LOG_SEAL_INTERVAL_MS"];
      else process.env["ACCESS_LOG_SEAL_INTERVAL_MS"] = interval;
    });
    prisma = createPrisma(testDb.database);
    const consent = (clientId: string, purpose: string, validFrom: string, validUntil: string | null, givenAt: string) => ({
      id: randomUUID(),
      clientId,
      recipientOrganizationId: school,
      recipientOrganizationIds: [school],
      categories: ["BASIC", "FIT"] as ("BASIC" | "FIT")[],
      purpose,
      validFrom: new Date(validFrom),
      validUntil: validUntil ? new Date(validUntil) : null,
      givenAt: new Date(givenAt),
      recordedBy: "test",
    });
    await prisma.consent.createMany({
      data: [
        consent(aino, "open-ended", LocalDate.addDays(today, -30), null, "2026-01-06T10:00:00Z"),
        consent(aino, "ends today", LocalDate.addDays(today, -30), today, "2026-01-05T10:00:00Z"),
        consent(aino, "ended yesterday", LocalDate.addDays(today, -30), LocalDate.addDays(today, -1), "2026-01-04T10:00:00Z"),
        consent(aino, "starts today", today, null, "2026-01-03T10:00:00Z"),
        consent(aino, "starts tomorrow", LocalDate.addDays(today, 1), null, "2026-01-02T10:00:00Z"),
        { ...consent(aino, "revoked", LocalDate.addDays(today, -30), null, "2026-01-01T10:00:00Z"), revokedAt: new Date() },
        consent(eetu, "Eetu's consent", LocalDate.addDays(today, -1), null, "2026-01-01T10:00:00Z"),
      ],
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("refuses a request without the gateway-signed viewer and returns no data", async () => {
    const response = await harness.query(entitiesQuery, references([aino]), null);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
  });

  it("resolves the consents of many clients with as many Prisma statements as one", async () => {
    // The subgraph's own access decisions go through the same client: once their facts are kept
    // (a first request for these clients), a batch costs them only the log's INSERT, which checks the
    // facts' version as it writes (keptFacts.ts).
    await harness.query(entitiesQuery, references(clients), worker());
    counting.reset();
    const one = await harness.query(entitiesQuery, references([aino]), worker());
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references(clients), worker());
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(three.data?._entities.map((client) => client?.consents?.length)).toEqual([6, 1, 0]);
    expect(counting.count).toBe(oneCount);
    // One statement for the consents, one for the access decision's log.
    expect(counting.count).toBe(2);
  });

  it("counts a consent as active from its first day through its last, and never once revoked", async () => {
    const response = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references([aino]), worker());
    expect(response.errors).toBeUndefined();
    const activity = Object.fromEntries(
      response.data!._entities[0]!.consents!.map((consent) => [consent.purpose, consent.isActive]),
    );
    expect(activity).toEqual({
      "open-ended": true,
      "ends today": true,
      "ended yesterday": false,
      "starts today": true,
      "starts tomorrow": false,
      revoked: false,
    });
  });

  it("shows the recipient as an organisation reference and the period as calendar dates", async () => {
    const response = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references([aino]), worker());
    const endsToday = response.data!._entities[0]!.consents!.find((consent) => consent.purpose === "ends today");
    expect(endsToday).toEqual({
      purpose: "ends today",
      isActive: true,
      categories: ["BASIC", "FIT"],
      validFrom: LocalDate.addDays(today, -30),
      validUntil: today,
      revokedAt: null,
      recipientOrganization: { id: school },
    });
  });

  it("denies a professional of the county without a client relationship: null and FORBIDDEN at the path, logged as denied", async () => {
    const stranger = professional(world.county, { id: randomUUID() });
    const response = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references([eetu]), stranger);
    expect(response.data?._entities).toEqual([{ id: eetu, consents: null }]);
    expect(response.errors?.[0]?.path).toEqual(["_entities", 0, "consents"]);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect(JSON.stringify(response)).not.toContain("Eetu's consent");
    const entries = await logRows(testDb.database.sql, { clientId: eetu, viewerId: stranger.id });
    expect(entries.map((entry) => [entry.category, entry.outcome, entry.basis, entry.source])).toEqual([
      ["consents", "denied", "no_client_relationship", "consents"],
    ]);
  });

  it("shows a client their own consents but not another client's", async () => {
    const own = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references([eetu]), clientViewer(eetu));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]?.consents?.map((consent) => consent.purpose)).toEqual(["Eetu's consent"]);

    const other = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references([aino]), clientViewer(eetu));
    expect(other.data?._entities).toEqual([{ id: aino, consents: null }]);
    expect(other.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const entries = await logRows(testDb.database.sql, { clientId: aino, viewerId: eetu });
    expect(entries.map((entry) => entry.outcome)).toEqual(["denied"]);
  });
});
