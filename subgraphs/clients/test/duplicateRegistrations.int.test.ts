import { randomInt, randomUUID } from "node:crypto";
import type { AccessPolicy, Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { AccessService, consentsSubgraph, createConsentsPrisma, type ConsentsPrismaClient } from "@silta/consents";
import { buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { clientsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { clientSearchStatement } from "../src/data/clientSearch";
import { Prisma } from "../src/data/prisma/client";
import { generateTestIdentityCode, hashIdentityCode } from "../src/domain/identityCode";
import { TEST_IDENTITY_CODE_HASH_KEY } from "@silta/testkit";

/** The whole answer a registering viewer gets, every field a fresh record has. */
const create = `mutation ($input: CreateClientInput!) {
  createClient(input: $input) {
    created
    client {
      id firstName lastName birthDate language hasIdentityCode identityCode temporaryIdentifier hasNonDisclosureOrder
      controllerOrganization { id } contact { streetAddress postalCode phone email }
    }
  }
}`;
const queue = `query { duplicateRegistrations { clientId duplicateOfClientId registeredAt } }`;

/** A policy that counts the calls the guard makes, so two paths can be shown to cost the same decisions. */
function counting(policy: AccessPolicy): { policy: AccessPolicy; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    policy: {
      decide: (viewer, requests) => (calls.push(`decide ${requests.length}`), policy.decide(viewer, requests)),
      ...(policy.decideAndLog && {
        decideAndLog: (viewer, requests, context) => (
          calls.push(`decideAndLog ${requests.length}`),
          policy.decideAndLog!(viewer, requests, context)
        ),
      }),
      ...(policy.visibleAmong && {
        visibleAmong: (viewer, category, rows, context, logFirst) => (
          calls.push(`visibleAmong ${rows.length} ${logFirst}`),
          policy.visibleAmong!(viewer, category, rows, context, logFirst)
        ),
      }),
    },
  };
}

/**
 * createClient with the identity code of a client on record, deciding with the consents service: a
 * viewer who may not read that client gets exactly what a code nobody has gives (a record of their
 * own, a duplicate registration the register keeper sees), so whether a person is a client is not
 * told; a viewer who may read them gets the client on record.
 */
describe("duplicate registrations", () => {
  const databases: TestDatabase[] = [];
  const harnesses: SubgraphHarness[] = [];
  let world: AccessWorld;
  let consentsSql: TestDatabase["database"]["sql"];
  let consentsPrisma: ConsentsPrismaClient;
  let prisma: PrismaClient;
  let clients: SubgraphHarness;
  let calls: string[];
  let stranger: Viewer;
  let keeper: Viewer;
  let socialWorker: Viewer;
  /** The client on record (one of the social worker's), and their identity code. */
  let onRecord: { id: string; identityCode: string };
  const birthDate = new Date(`19${70 + randomInt(20)}-0${1 + randomInt(9)}-1${randomInt(10)}`);
  // Each a code no other test here has used. Drawn at random from the 100 test numbers, two could be
  // the same, and a "fresh" person was then already on record (a CI run failed so on 2026-12-06).
  let individualNumber = 900 + randomInt(50);
  const freshCode = () => generateTestIdentityCode(birthDate, individualNumber++);

  beforeAll(async () => {
    const [consentsDb, clientsDb] = await Promise.all([
      createTestDatabase("duplicates_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("duplicates_clients", clientsSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!);
    consentsSql = consentsDb!.database.sql;
    consentsPrisma = createConsentsPrisma(consentsDb!.database);
    world = await buildAccessWorld(consentsSql, 1);
    const counted = counting(new AccessService({ prisma: consentsPrisma, timeZone: "Europe/Helsinki" }).policy());
    calls = counted.calls;
    const started = await Promise.all([
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy: counted.policy }),
      // Writes the client on record as the county would.
      startSubgraph(clientsSubgraph, clientsDb!.database, { controllerOrganizationIds: [world.county] }),
    ]);
    harnesses.push(...started);
    clients = started[0]!;
    prisma = createPrisma(clientsDb!.database);
    stranger = professional(world.county, { id: randomUUID() });
    keeper = professional(world.county, { id: randomUUID(), roles: ["intake"] });
    socialWorker = professional(world.county, { id: world.socialWorker });

    // Codes of one birth date differ only in their individual number: a fresh code and one on record
    // then give the same birth date, so the answers can be compared whole.
    onRecord = { id: world.clients[0]!, identityCode: freshCode() };
    const seeded = await started[1]!.query(
      create,
      {
        input: {
          id: onRecord.id,
          identityCode: onRecord.identityCode,
          firstName: "Kanarialintu",
          lastName: "Rekisterissä",
          controllerOrganizationId: world.county,
          hasNonDisclosureOrder: true,
        },
      },
      professional(world.county, { id: randomUUID() }),
    );
    expect(seeded.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(harnesses.map((harness) => harness.stop()));
    await prisma?.$disconnect();
    await Promise.all(databases.map((database) => database.drop()));
  });

  const input = (identityCode: string) => ({
    identityCode,
    firstName: "Uusi",
    lastName: "Asiakas",
    controllerOrganizationId: world.county,
    contact: { phone: "+358401234567" },
  });

  /** Registers `identityCode` as `viewer`: the answer, and the calls, log entries and events it cost. */
  async function register(viewer: Viewer, identityCode: string, id?: string) {
    const callsBefore = calls.length;
    const logBefore = (await logRows(consentsSql, { viewerId: viewer.id })).length;
    const answer = await clients.query(create, { input: { ...input(identityCode), ...(id && { id }) } }, viewer);
    const newId = (answer.data as { createClient?: { client: { id: string } } } | null)?.createClient?.client.id ?? "";
    const log = (await logRows(consentsSql, { viewerId: viewer.id }))
      .slice(logBefore)
      // The returned record as <new>, the client on record by its id (it must not be there for a
      // stranger), any other (the id a create made up and did not use) as <unused>.
      .map(({ request_id: _request, ...row }) => ({
        ...row,
        client_id: row.client_id === newId ? "<new>" : row.client_id === onRecord.id ? row.client_id : "<unused>",
      }));
    const events = (await prisma.outboxEvent.findMany({ where: { aggregateId: newId }, orderBy: { id: "asc" } })).map(
      (event) => ({
        type: event.type,
        aggregateType: event.aggregateType,
        actorId: event.actorId,
        aggregateVersion: event.aggregateVersion,
        changedFields: event.changedFields,
        data: JSON.parse(JSON.stringify(event.data).split(newId).join("<new>")),
      }),
    );
    // The masked code shows the birth date part, the same for both codes.
    const text = JSON.stringify(answer)
      .split(newId)
      .join("<new>")
      .replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
    // The one decision of the person's records differs in its rows (the records on record, or a
    // stand-in) and in how many visible rows to log (1 for records, 0 for the stand-in); a hidden
    // row is logged under neither, and the caller sees one call either way.
    const called = calls.slice(callsBefore).map((call) => call.replace(/^visibleAmong \d+ \d+$/, "visibleAmong"));
    return { newId, answer: JSON.parse(text), calls: called, log, events };
  }

  it("answers a stranger who registers a person on record exactly as one who registers a person nobody has", async () => {
    const duplicate = await register(stranger, onRecord.identityCode);
    const fresh = await register(stranger, freshCode());

    // A brand-new record's creator may not read it before opening a relationship: FORBIDDEN at its
    // fields, for both alike.
    expect(duplicate.answer.data.createClient).toMatchObject({ created: true, client: { id: "<new>", firstName: null } });
    expect(duplicate.newId).not.toBe(onRecord.id);
    expect(duplicate.answer).toEqual(fresh.answer);
    expect(duplicate.calls).toEqual(fresh.calls);
    expect(duplicate.calls).toEqual(["decideAndLog 1", "visibleAmong", "decideAndLog 2"]);
    expect(duplicate.log).toEqual(fresh.log);
    expect(duplicate.log.length).toBeGreaterThan(0);
    expect(duplicate.events).toEqual(fresh.events);
    expect(duplicate.events.map((event) => event.type)).toEqual(["client.created"]);
    // Nothing of the client on record: not their id, name or order.
    expect(JSON.stringify(duplicate)).not.toMatch(new RegExp(`${onRecord.id}|Kanarialintu|Rekisterissä`));
  });

  it("gives a registrar who works with their record that record again, for a person on record as for one nobody has", async () => {
    const registrar = professional(world.county, { id: randomUUID() });
    const code = freshCode();
    const first = { duplicate: await register(registrar, onRecord.identityCode), fresh: await register(registrar, code) };
    // The registrar becomes the responsible worker of both new records (as the projection would record it).
    await consentsSql.query(
      `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
       SELECT unnest($1::uuid[]), $2, $3, '2020-01-01'`,
      [[first.duplicate.newId, first.fresh.newId], registrar.id, world.county],
    );
    const again = { duplicate: await register(registrar, onRecord.identityCode), fresh: await register(registrar, code) };
    expect(again.duplicate.newId).toBe(first.duplicate.newId);
    expect(again.fresh.newId).toBe(first.fresh.newId);
    expect(again.duplicate.answer).toEqual(again.fresh.answer);
    expect(again.duplicate.answer.data.createClient).toMatchObject({ created: false, client: { firstName: "Uusi" } });
    expect(again.duplicate.calls).toEqual(again.fresh.calls);
    expect(again.duplicate.log).toEqual(again.fresh.log);
    expect(JSON.stringify(again.duplicate)).not.toMatch(new RegExp(`${onRecord.id}|Kanarialintu|Rekisterissä`));
  });

  it("links the duplicate to the client on record and tells the register keeper, and no one else", async () => {
    const { newId } = await register(stranger, onRecord.identityCode);
    const row = await prisma.client.findUniqueOrThrow({ where: { id: newId } });
    expect(row.duplicateOfId).toBe(onRecord.id);
    const [event] = (
      await prisma.outboxEvent.findMany({ where: { type: "client.duplicate_registered" }, orderBy: { id: "desc" } })
    ).filter((candidate) => (candidate.data as { duplicateClientId: string }).duplicateClientId === newId);
    expect(event).toMatchObject({
      aggregateType: "Client",
      aggregateId: onRecord.id,
      actorId: stranger.id,
      data: { clientId: onRecord.id, duplicateClientId: newId, duplicateControllerOrganizationId: world.county },
    });

    const listed = await clients.query(queue, {}, keeper);
    expect(listed.errors).toBeUndefined();
    expect((listed.data as any).duplicateRegistrations).toContainEqual({
      clientId: newId,
      duplicateOfClientId: onRecord.id,
      registeredAt: row.createdAt.toISOString(),
    });
    // A keeper of another organisation's records, the registering stranger and a system without the scope see no queue.
    const otherKeeper = await clients.query(queue, {}, professional(world.city, { id: randomUUID(), roles: ["intake"] }));
    expect((otherKeeper.data as any).duplicateRegistrations).toEqual([]);
    for (const viewer of [stranger, { id: "lms", kind: "system", roles: [], scopes: ["clients:read"] } satisfies Viewer]) {
      const refused = await clients.query(queue, {}, viewer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "register_keeper_only" });
    }
  });

  it("finds only the client on record for a viewer who may read them, by identity code, and the duplicate for no one without a basis", async () => {
    await register(stranger, onRecord.identityCode);
    const search = `query ($code: String!) { clients(search: { identityCode: $code }) { edges { node { id } } } }`;
    const ofWorker = await clients.query(search, { code: onRecord.identityCode }, socialWorker);
    expect((ofWorker.data as any).clients.edges).toEqual([{ node: { id: onRecord.id } }]);
    const ofStranger = await clients.query(search, { code: onRecord.identityCode }, stranger);
    const ofStrangerFresh = await clients.query(search, { code: freshCode() }, stranger);
    expect(ofStranger).toEqual(ofStrangerFresh);
  });

  it("returns the client on record to a viewer who may read them, with no duplicate and their read logged", async () => {
    const before = await prisma.client.count({ where: { duplicateOfId: onRecord.id } });
    const { newId, answer, log } = await register(socialWorker, onRecord.identityCode);
    expect(newId).toBe(onRecord.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createClient).toMatchObject({
      created: false,
      client: { firstName: "Kanarialintu", hasNonDisclosureOrder: true },
    });
    expect(await prisma.client.count({ where: { duplicateOfId: onRecord.id } })).toBe(before);
    expect(log).toContainEqual(expect.objectContaining({ client_id: "<new>", action: "read", outcome: "allowed" }));
  });

  it("finds a person's every record, and searches by identity code, through an index (the partial unique ones cannot serve)", async () => {
    const hash = hashIdentityCode(onRecord.identityCode, TEST_IDENTITY_CODE_HASH_KEY);
    const statements = [
      Prisma.sql`SELECT id FROM client WHERE identity_code_hash = ${hash}`,
      Prisma.sql`SELECT id FROM client WHERE controller_organization_id = ${world.county}::uuid AND temporary_identifier = 'T-1'`,
      clientSearchStatement({ nameWords: [], birthDate: null, identityCodeHash: hash }, null, 20),
    ];
    for (const statement of statements) {
      // With sequential scans priced out, a plan still reading the table has no index to use.
      const plan = await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${statement}`;
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).not.toMatch(/Seq Scan on client/);
    }
  });

  it("returns the same duplicate to a retried create with the same id, as for a fresh one", async () => {
    const id = randomUUID();
    const first = await register(stranger, onRecord.identityCode, id);
    const retry = await register(stranger, onRecord.identityCode, id);
    expect(first.answer.data.createClient.created).toBe(true);
    expect(retry.answer.data.createClient).toMatchObject({ created: false, client: { id: "<new>" } });
    expect(await prisma.client.count({ where: { id } })).toBe(1);
  });
});
