import { randomInt, randomUUID } from "node:crypto";
import { InProcessEventBus, streamOf, type DomainEvent, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import {
  AccessService,
  applyAccessEvent,
  consentsSubgraph,
  createConsentsPrisma,
  type ConsentsPrismaClient,
} from "@silta/consents";
import { buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { teamsSubgraph } from "@silta/teams";
import { applyClientMerged as applyTeamsMerge } from "@silta/teams/clientMerges";
import { createPrisma as createTeamsPrisma, type PrismaClient as TeamsPrisma } from "@silta/teams/db";
import { fitSubgraph } from "@silta/fit";
import { createPrisma as createFitPrisma, type PrismaClient as FitPrisma } from "@silta/fit/db";
import { applyClientMerged as applyFitMerge } from "@silta/fit/clientMerges";
import { clientMerged } from "@silta/events";
import { Pseudonymiser, streamExport } from "@silta/export";
import { PassThrough } from "node:stream";
import { clientsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { generateTestIdentityCode } from "../src/domain/identityCode";
import { clients as clientsDataset } from "../src/export/clientsDatasets";

const create = `mutation ($input: CreateClientInput!) { createClient(input: $input) { created client { id } } }`;
const merge = `mutation ($input: MergeDuplicateRegistrationInput!) {
  mergeDuplicateRegistration(input: $input) { mergedClientId client { id } }
}`;
const queue = `query { duplicateRegistrations { clientId duplicateOfClientId } }`;
const clientQuery = `query ($id: ID!) { client(id: $id) { id firstName } }`;
const search = `query ($code: String!) { clients(search: { identityCode: $code }) { edges { node { id } } } }`;

type Rows<T = Record<string, unknown>> = T[];

/**
 * The register keeper merges a duplicate registration: the clients subgraph moves its own rows in
 * the merge's transaction, and `client.merged` (the event as recorded in the outbox) moves the rows
 * of the access projection and the consents, teams and FIT data, once however often it is delivered.
 * Afterwards a viewer whose basis was on the duplicate (a relationship, a team, a consent) reads the
 * client on record, and the duplicate is answered as an id nobody has.
 */
describe("mergeDuplicateRegistration", () => {
  const databases: TestDatabase[] = [];
  const harnesses: SubgraphHarness[] = [];
  let world: AccessWorld;
  let consentsSql: TestDatabase["database"]["sql"];
  let consentsPrisma: ConsentsPrismaClient;
  let prisma: PrismaClient;
  let teamsPrisma: TeamsPrisma;
  let fitPrisma: FitPrisma;
  let teamsDatabase: TestDatabase;
  let fitDatabase: TestDatabase;
  let clients: SubgraphHarness;
  let clientsSql: TestDatabase["database"]["sql"];
  /** The county's intake worker, the register keeper of its clients. */
  let keeper: Viewer;
  /** The city curator, on the client on record's team, with a consent given on the duplicate. */
  let curator: Viewer;
  let onRecord: { id: string; identityCode: string };
  const birthDate = new Date(`19${70 + randomInt(20)}-0${1 + randomInt(9)}-1${randomInt(10)}`);
  const freshCode = () => generateTestIdentityCode(birthDate, 900 + randomInt(100));

  beforeAll(async () => {
    const [consentsDb, clientsDb, teamsDb, fitDb] = await Promise.all([
      createTestDatabase("merge_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("merge_clients", clientsSubgraph.migrationsDir),
      createTestDatabase("merge_teams", teamsSubgraph.migrationsDir),
      createTestDatabase("merge_fit", fitSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!, teamsDb!, fitDb!);
    teamsDatabase = teamsDb!;
    fitDatabase = fitDb!;
    consentsSql = consentsDb!.database.sql;
    consentsPrisma = createConsentsPrisma(consentsDb!.database);
    world = await buildAccessWorld(consentsSql, 1);
    const policy = new AccessService({ prisma: consentsPrisma, timeZone: "Europe/Helsinki" }).policy();
    const started = await Promise.all([
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy: policy }),
      startSubgraph(clientsSubgraph, clientsDb!.database, { controllerOrganizationIds: [world.county] }),
    ]);
    harnesses.push(...started);
    clients = started[0]!;
    prisma = createPrisma(clientsDb!.database);
    clientsSql = clientsDb!.database.sql;
    teamsPrisma = createTeamsPrisma(teamsDb!.database);
    fitPrisma = createFitPrisma(fitDb!.database);
    keeper = professional(world.county, { id: randomUUID(), roles: ["intake"] });
    curator = professional(world.city, { id: world.curator });

    onRecord = { id: world.clients[0]!, identityCode: freshCode() };
    const seeded = await started[1]!.query(
      create,
      {
        input: {
          id: onRecord.id,
          identityCode: onRecord.identityCode,
          firstName: "Rekisterissä",
          lastName: "Oleva",
          controllerOrganizationId: world.county,
        },
      },
      professional(world.county, { id: randomUUID() }),
    );
    expect(seeded.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(harnesses.map((harness) => harness.stop()));
    await Promise.all([prisma?.$disconnect(), teamsPrisma?.$disconnect(), fitPrisma?.$disconnect()]);
    await Promise.all(databases.map((database) => database.drop()));
  });

  /**
   * A duplicate of the client on record registered by the registrar, with data in every subgraph as
   * its events would have put it there: a relationship of the registrar's unit (clients and the
   * projection), a link to another team (teams and the projection), a consent for the city, and a FIT
   * episode.
   */
  async function duplicateWithData() {
    // A unit of the county of its own each time: once merged, its relationship reaches the client on record.
    const unit = randomUUID();
    const otherTeam = randomUUID();
    /** Registered the person again, and works with the duplicate in the unit. */
    const registrar = professional(unit, { id: randomUUID() });
    /** A member of a team of the unit, linked to the duplicate only. */
    const teamMate = professional(unit, { id: randomUUID() });
    await consentsSql.query(`INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true)`, [
      unit,
    ]);
    const registered = await clients.query(
      create,
      {
        input: {
          identityCode: onRecord.identityCode,
          firstName: "Kaksois",
          lastName: "Kirjaus",
          controllerOrganizationId: world.county,
        },
      },
      registrar,
    );
    expect(registered.errors).toBeUndefined();
    const duplicateId = (registered.data as any).createClient.client.id as string;
    await consentsSql.query(`INSERT INTO access_client (client_id, controller_organization_id, created_by) VALUES ($1, $2, $3)`, [
      duplicateId,
      world.county,
      registrar.id,
    ]);
    const relationshipId = randomUUID();
    await prisma.clientRelationship.create({
      data: {
        id: relationshipId,
        clientId: duplicateId,
        organizationId: unit,
        serviceTask: "adult_social_work",
        since: new Date("2024-01-01"),
      },
    });
    await consentsSql.query(
      `INSERT INTO access_client_relationship (relationship_id, client_id, organization_id, service_task, since) VALUES ($1, $2, $3, 'adult_social_work', '2024-01-01')`,
      [relationshipId, duplicateId, unit],
    );
    // A team of the unit works with the duplicate only.
    await consentsSql.query(
      `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES ($1, $2, $3, 'member', '2020-01-01')
       ON CONFLICT DO NOTHING`,
      [otherTeam, teamMate.id, unit],
    );
    await consentsSql.query(`INSERT INTO access_team_client (team_id, client_id, since) VALUES ($1, $2, '2024-01-01')`, [
      otherTeam,
      duplicateId,
    ]);
    await teamsPrisma.$executeRaw`INSERT INTO organization (id, name, type, is_county_organization) VALUES (${unit}::uuid, 'Yksikkö', 'COUNTY_SOCIAL_SERVICES', true) ON CONFLICT DO NOTHING`;
    await teamsPrisma.$executeRaw`INSERT INTO team (id, name, kind) VALUES (${otherTeam}::uuid, 'Tiimi', 'CLIENT_TEAM') ON CONFLICT DO NOTHING`;
    await teamsPrisma.$executeRaw`INSERT INTO team_client (team_id, client_id, since) VALUES (${otherTeam}::uuid, ${duplicateId}::uuid, '2024-01-01')`;
    // The city's consent was given on the duplicate.
    const consentId = randomUUID();
    await consentsSql.query(
      `INSERT INTO consent (id, client_id, recipient_organization_id, categories, purpose, valid_from, given_at, recorded_by)
       VALUES ($1, $2, $3, ARRAY['BASIC']::"DataCategory"[], 'yhteistyö', '2024-01-01', now(), $4)`,
      [consentId, duplicateId, world.city, registrar.id],
    );
    const episodeId = randomUUID();
    await fitPrisma.$executeRaw`INSERT INTO episode (id, client_id, owner_professional_id, started_on) VALUES (${episodeId}::uuid, ${duplicateId}::uuid, ${registrar.id}::uuid, '2024-02-01')`;
    return { duplicateId, relationshipId, consentId, episodeId, registrar, teamMate, otherTeam };
  }

  /** The `client.merged` of the duplicate as the relay publishes it from the outbox. */
  async function mergedEvent(duplicateId: string): Promise<DomainEvent> {
    const rows = await prisma.outboxEvent.findMany({ where: { type: "client.merged", aggregateId: onRecord.id } });
    const row = rows.find((candidate) => (candidate.data as { mergedClientId: string }).mergedClientId === duplicateId)!;
    return {
      id: row.eventId,
      type: row.type,
      source: "clients",
      aggregateType: row.aggregateType,
      aggregateId: row.aggregateId,
      aggregateVersion: row.aggregateVersion ?? undefined,
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      schemaVersion: 1,
      data: row.data as Record<string, unknown>,
    };
  }

  /** Every consumer of client.merged, as each subgraph's subscription applies it; whether each was new. */
  async function deliver(event: DomainEvent) {
    const data = event.data as { clientId: string; mergedClientId: string };
    return [
      await applyAccessEvent(consentsPrisma, event),
      await applyTeamsMerge(teamsPrisma, event, data),
      await applyFitMerge(fitPrisma, event, data),
    ];
  }

  /** Every row of either client in the consuming subgraphs. */
  async function rowsOf(ids: string[]) {
    const [relationships, teamLinks, consents, accessTeams] = await Promise.all([
      consentsSql.query(
        `SELECT relationship_id, client_id FROM access_client_relationship WHERE client_id = ANY($1::uuid[]) ORDER BY 1`,
        [ids],
      ),
      teamsPrisma.$queryRaw<Rows>`SELECT team_id, client_id, since, until FROM team_client WHERE client_id = ANY(${ids}::uuid[]) ORDER BY 1, 2`,
      consentsSql.query(`SELECT id, client_id FROM consent WHERE client_id = ANY($1::uuid[]) ORDER BY 1`, [ids]),
      consentsSql.query(
        `SELECT team_id, client_id, since, until FROM access_team_client WHERE client_id = ANY($1::uuid[]) ORDER BY 1, 2`,
        [ids],
      ),
    ]);
    const episodes =
      await fitPrisma.$queryRaw<Rows>`SELECT id, client_id FROM episode WHERE client_id = ANY(${ids}::uuid[]) ORDER BY 1`;
    return { relationships, teamLinks, consents, accessTeams, episodes };
  }

  it("moves the duplicate's relationship, team, consent and FIT data to the client on record, whom their viewers then read", async () => {
    const { duplicateId, relationshipId, consentId, episodeId, registrar, teamMate, otherTeam } = await duplicateWithData();
    // Before: each viewer's basis is on the duplicate only.
    for (const viewer of [registrar, teamMate, curator]) {
      const read = await clients.query(clientQuery, { id: onRecord.id }, viewer);
      expect((read.data as any)?.client?.firstName ?? null).toBeNull();
    }

    const merged = await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper, {
      "idempotency-key": `merge-${duplicateId}`,
    });
    expect(merged.errors).toBeUndefined();
    expect((merged.data as any).mergeDuplicateRegistration).toEqual({ mergedClientId: duplicateId, client: { id: onRecord.id } });
    // The clients subgraph's own rows moved in the merge's transaction.
    expect(await prisma.clientRelationship.findUnique({ where: { id: relationshipId } })).toMatchObject({
      clientId: onRecord.id,
    });
    expect(await prisma.client.findUnique({ where: { id: duplicateId } })).toMatchObject({ mergedIntoId: onRecord.id });

    const event = await mergedEvent(duplicateId);
    expect(event.data).toEqual({ clientId: onRecord.id, mergedClientId: duplicateId });
    expect(clientMerged.webhooks).toBe(false);
    expect(await deliver(event)).toEqual([true, true, true]);
    const after = await rowsOf([onRecord.id, duplicateId]);
    expect(after.relationships).toEqual([{ relationship_id: relationshipId, client_id: onRecord.id }]);
    expect(after.teamLinks).toEqual([expect.objectContaining({ team_id: otherTeam, client_id: onRecord.id })]);
    expect(after.consents).toEqual([{ id: consentId, client_id: onRecord.id }]);
    expect(after.accessTeams.map((row) => [row.team_id, row.client_id]).sort()).toEqual(
      [
        [world.team, onRecord.id],
        [otherTeam, onRecord.id],
      ].sort(),
    );
    expect(after.episodes).toEqual([{ id: episodeId, client_id: onRecord.id }]);

    // Delivered again (at least once): nothing changes anywhere.
    expect(await deliver(event)).toEqual([false, false, false]);
    expect(await rowsOf([onRecord.id, duplicateId])).toEqual(after);

    // Each viewer's basis now reaches the client on record.
    for (const viewer of [registrar, teamMate, curator]) {
      const read = await clients.query(clientQuery, { id: onRecord.id }, viewer);
      expect(read.errors).toBeUndefined();
      expect((read.data as any).client).toEqual({ id: onRecord.id, firstName: "Rekisterissä" });
    }

    // The retried request (same Idempotency-Key) answers the same merge, and merges nothing again.
    const retried = await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper, {
      "idempotency-key": `merge-${duplicateId}`,
    });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual(merged.data);
    expect(
      (await prisma.outboxEvent.findMany({ where: { type: "client.merged", aggregateId: onRecord.id } })).filter(
        (row) => (row.data as { mergedClientId: string }).mergedClientId === duplicateId,
      ),
    ).toHaveLength(1);
  });

  it("answers the merged duplicate as an id nobody has, and lists it nowhere", async () => {
    const { duplicateId, registrar } = await duplicateWithData();
    const listedBefore = await clients.query(queue, {}, keeper);
    expect((listedBefore.data as any).duplicateRegistrations).toContainEqual({
      clientId: duplicateId,
      duplicateOfClientId: onRecord.id,
    });
    const merged = await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper);
    expect(merged.errors).toBeUndefined();
    await deliver(await mergedEvent(duplicateId));

    const listed = await clients.query(queue, {}, keeper);
    expect((listed.data as any).duplicateRegistrations).not.toContainEqual(expect.objectContaining({ clientId: duplicateId }));
    const system: Viewer = { id: "register", kind: "system", roles: [], scopes: ["clients:read", "clients:write"] };
    const nobody = randomUUID();
    const strip = (answer: unknown, id: string) =>
      JSON.parse(
        JSON.stringify(answer)
          .split(id)
          .join("<id>")
          .replace(/"requestId":"[^"]*"/g, '"requestId":"…"'),
      );
    // Even a viewer who may read every client gets for the duplicate what an id nobody has gives.
    for (const viewer of [system, registrar]) {
      const ofDuplicate = await clients.query(clientQuery, { id: duplicateId }, viewer);
      const ofNobody = await clients.query(clientQuery, { id: nobody }, viewer);
      expect(strip(ofDuplicate, duplicateId)).toEqual(strip(ofNobody, nobody));
    }
    // Its create, retried with its id, is not answered with it either.
    const retried = await clients.query(
      create,
      {
        input: {
          id: duplicateId,
          identityCode: onRecord.identityCode,
          firstName: "Kaksois",
          lastName: "Kirjaus",
          controllerOrganizationId: world.county,
        },
      },
      registrar,
    );
    expect(retried.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    const found = await clients.query(search, { code: onRecord.identityCode }, system);
    expect((found.data as any).clients.edges).toEqual([{ node: { id: onRecord.id } }]);
  });

  it("tells the data lake of the merge: the next increment carries the duplicate's row with the client on record's pseudonym", async () => {
    const lake = new Pseudonymiser("lake", "lake-test-key-0123456789-0123456789-abcdef");
    /** The clients dataset as the lake gets it (one JSON object per row), with the cursor of the next increment. */
    const exported = async (since?: string) => {
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on("data", (chunk: Buffer) => chunks.push(chunk));
      const { cursor } = await streamExport(
        clientsSql,
        { dataset: clientsDataset, format: "ndjson", since, pseudonymiser: lake },
        sink,
      );
      const rows = Buffer.concat(chunks)
        .toString("utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      return { cursor, rows };
    };
    const { duplicateId } = await duplicateWithData();
    const duplicate = lake.pseudonym("client", duplicateId);
    const snapshot = await exported();
    expect(snapshot.rows.find((row) => row["client_pseudonym"] === duplicate)).toMatchObject({
      merged_into_client_pseudonym: null,
    });

    const merged = await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper);
    expect(merged.errors).toBeUndefined();

    const increment = await exported(snapshot.cursor);
    expect(increment.rows.filter((row) => row["client_pseudonym"] === duplicate)).toEqual([
      expect.objectContaining({ merged_into_client_pseudonym: lake.pseudonym("client", onRecord.id) }),
    ]);
    // Nothing else of anyone in it names a raw id.
    expect(JSON.stringify(increment.rows)).not.toContain(onRecord.id);
  });

  it("refuses a merge by anyone but the register keeper, of a pair that is not one, and of a duplicate merged already, naming the rule", async () => {
    const { duplicateId, registrar } = await duplicateWithData();
    const other = await duplicateWithData();
    const input = { duplicateId, clientId: onRecord.id };
    const refusal = async (viewer: Viewer, variables: { duplicateId: string; clientId: string }) => {
      const { requestId: _requestId, ...extensions } = (await clients.query(merge, { input: variables }, viewer)).errors?.[0]
        ?.extensions as Record<string, unknown>;
      return extensions;
    };

    expect(await refusal(registrar, input)).toMatchObject({ code: "FORBIDDEN", reason: "register_keeper_only" });
    const notAPair = { code: "BAD_USER_INPUT", field: "input.duplicateId", rule: "duplicate_of_client" };
    // The keeper of another controller's records (outside the county) learns nothing: refused alike
    // for the pair and for ids nobody has.
    const otherKeeper = professional(world.city, { id: randomUUID(), roles: ["intake"] });
    const ofPair = await refusal(otherKeeper, input);
    expect(ofPair).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(otherKeeper, { duplicateId: randomUUID(), clientId: randomUUID() })).toEqual(ofPair);
    // The client on record is no duplicate of its duplicate; nor one duplicate of another.
    expect(await refusal(keeper, { duplicateId: onRecord.id, clientId: duplicateId })).toMatchObject(notAPair);
    expect(await refusal(keeper, { duplicateId, clientId: other.duplicateId })).toMatchObject(notAPair);
    expect(await prisma.client.findUnique({ where: { id: duplicateId } })).toMatchObject({ mergedIntoId: null });

    expect((await clients.query(merge, { input }, keeper)).errors).toBeUndefined();
    expect(await refusal(keeper, input)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.duplicateId",
      rule: "not_merged",
    });
  });

  it("logs the keeper's list and the merge as keep_register decisions of both clients, category basic", async () => {
    const { duplicateId } = await duplicateWithData();
    const entries = async (since: number) =>
      (await logRows(consentsSql, { viewerId: keeper.id }))
        .slice(since)
        .map(({ client_id, category, action, outcome, basis }) => ({ client_id, category, action, outcome, basis }));
    const decision = (clientId: string) => ({
      client_id: clientId,
      category: "basic",
      action: "keep_register",
      outcome: "allowed",
      basis: "register_keeper",
    });

    const beforeList = (await logRows(consentsSql, { viewerId: keeper.id })).length;
    const listed = await clients.query(queue, {}, keeper);
    expect((listed.data as any).duplicateRegistrations).toContainEqual({
      clientId: duplicateId,
      duplicateOfClientId: onRecord.id,
    });
    const ofList = await entries(beforeList);
    expect(ofList).toContainEqual(decision(duplicateId));
    expect(ofList).toContainEqual(decision(onRecord.id));

    const beforeMerge = (await logRows(consentsSql, { viewerId: keeper.id })).length;
    expect((await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper)).errors).toBeUndefined();
    const ofMerge = await entries(beforeMerge);
    expect(ofMerge).toContainEqual(decision(duplicateId));
    expect(ofMerge).toContainEqual(decision(onRecord.id));
  });

  it("is applied by the running teams and fit subgraphs from the clients stream, once however often it is delivered", async () => {
    const { duplicateId, episodeId, otherTeam } = await duplicateWithData();
    expect((await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper)).errors).toBeUndefined();
    const event = await mergedEvent(duplicateId);
    const bus = new InProcessEventBus();
    const running = await Promise.all([
      startSubgraph(teamsSubgraph, teamsDatabase.database, { bus }),
      startSubgraph(fitSubgraph, fitDatabase.database, { bus }),
    ]);
    harnesses.push(...running);
    // Delivered twice, as at-least-once delivery may.
    await bus.publish(streamOf("clients"), [event, event]);
    const applied = async () =>
      (await fitPrisma.$queryRaw<Rows>`SELECT 1 FROM processed_event WHERE event_id = ${event.id}::uuid`).length +
      (await teamsPrisma.$queryRaw<Rows>`SELECT 1 FROM processed_event WHERE event_id = ${event.id}::uuid`).length;
    for (let waited = 0; (await applied()) < 2 && waited < 10_000; waited += 50)
      await new Promise((done) => setTimeout(done, 50));
    expect(await applied()).toBe(2);
    expect(await fitPrisma.$queryRaw<Rows>`SELECT client_id FROM episode WHERE id = ${episodeId}::uuid`).toEqual([
      { client_id: onRecord.id },
    ]);
    expect(await teamsPrisma.$queryRaw<Rows>`SELECT client_id FROM team_client WHERE team_id = ${otherTeam}::uuid`).toEqual([
      { client_id: onRecord.id },
    ]);
  });

  it("resolves the clients subgraph's own conflicts as documented: the client on record's row wins, the rest moves", async () => {
    const { duplicateId } = await duplicateWithData();
    // Both in one family (different relations), the duplicate alone in another.
    const [shared, own] = [randomUUID(), randomUUID()];
    await prisma.family.createMany({ data: [{ id: shared }, { id: own }] });
    await prisma.familyMember.createMany({
      data: [
        { familyId: shared, clientId: onRecord.id, relation: "PARENT" },
        { familyId: shared, clientId: duplicateId, relation: "OTHER" },
        { familyId: own, clientId: duplicateId, relation: "SPOUSE" },
      ],
    });
    // A guardianship between the two would make the person their own guardian.
    await prisma.guardianship.create({
      data: { id: randomUUID(), childClientId: duplicateId, guardianClientId: onRecord.id, since: new Date("2010-01-01") },
    });
    // A plan each: the client on record's keeps its goals and takes the duplicate's agreement and new goal.
    const [recordPlan, duplicatePlan] = [randomUUID(), randomUUID()];
    await prisma.servicePlan.createMany({
      data: [
        { id: recordPlan, clientId: onRecord.id, goals: ["asunto"], createdBy: "test" },
        { id: duplicatePlan, clientId: duplicateId, goals: ["asunto", "työ"], createdBy: "test" },
      ],
    });
    const agreementId = randomUUID();
    await prisma.agreement.create({
      data: {
        id: agreementId,
        planId: duplicatePlan,
        concern: "c",
        nextAction: "n",
        responsibleClientId: duplicateId,
        ifNotDone: "i",
        followUp: "f",
        dueOn: new Date("2027-01-01"),
      },
    });

    expect((await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper)).errors).toBeUndefined();

    const members = await prisma.familyMember.findMany({
      where: { familyId: { in: [shared, own] } },
      orderBy: { familyId: "asc" },
    });
    expect(
      members
        .map(({ familyId, clientId, relation }) => ({ familyId, clientId, relation }))
        .sort((a, b) => a.familyId.localeCompare(b.familyId)),
    ).toEqual(
      [
        { familyId: shared, clientId: onRecord.id, relation: "PARENT" },
        { familyId: own, clientId: onRecord.id, relation: "SPOUSE" },
      ].sort((a, b) => a.familyId.localeCompare(b.familyId)),
    );
    expect(
      await prisma.guardianship.count({
        where: { OR: [{ childClientId: { in: [onRecord.id, duplicateId] } }, { guardianClientId: duplicateId }] },
      }),
    ).toBe(0);
    expect(await prisma.servicePlan.findUnique({ where: { id: duplicatePlan } })).toBeNull();
    expect(await prisma.servicePlan.findUnique({ where: { id: recordPlan } })).toMatchObject({
      goals: ["asunto", "työ"],
      version: 2,
    });
    expect(await prisma.agreement.findUnique({ where: { id: agreementId } })).toMatchObject({
      planId: recordPlan,
      responsibleClientId: onRecord.id,
    });
    expect(await prisma.planChange.findFirst({ where: { planId: recordPlan, action: "merged" } })).toMatchObject({
      details: { mergedPlanId: duplicatePlan },
    });
  });

  it("resolves the projection's and the teams subgraph's conflicts as documented: a shared team keeps both periods, the record's current worker stays", async () => {
    const { duplicateId, registrar, otherTeam } = await duplicateWithData();
    // The client on record was on the same team earlier, for a closed period; the duplicate is on it now.
    await consentsSql.query(
      `INSERT INTO access_team_client (team_id, client_id, since, until) VALUES ($1, $2, '2019-01-01', '2020-12-31')`,
      [otherTeam, onRecord.id],
    );
    await teamsPrisma.$executeRaw`INSERT INTO team_client (team_id, client_id, since, until) VALUES (${otherTeam}::uuid, ${onRecord.id}::uuid, '2019-01-01', '2020-12-31')`;
    // Both have a current responsible worker in teams.
    const [recordWorker, duplicateWorker] = [randomUUID(), randomUUID()];
    await teamsPrisma.$executeRaw`
      INSERT INTO professional (id, first_name, last_name, profession, organization_id)
      VALUES (${recordWorker}::uuid, 'A', 'A', 'sosiaalityöntekijä', ${registrar.organizationId}::uuid),
             (${duplicateWorker}::uuid, 'B', 'B', 'sosiaalityöntekijä', ${registrar.organizationId}::uuid)`;
    await teamsPrisma.$executeRaw`
      INSERT INTO responsible_worker (id, client_id, professional_id, since, is_current)
      VALUES (${randomUUID()}::uuid, ${onRecord.id}::uuid, ${recordWorker}::uuid, '2020-01-01', true),
             (${randomUUID()}::uuid, ${duplicateId}::uuid, ${duplicateWorker}::uuid, '2024-01-01', true)`;

    expect((await clients.query(merge, { input: { duplicateId, clientId: onRecord.id } }, keeper)).errors).toBeUndefined();
    await deliver(await mergedEvent(duplicateId));

    const period = (rows: Rows) => rows.map((row) => [String(row.client_id), row.until]);
    expect(
      period(await consentsSql.query(`SELECT client_id, until FROM access_team_client WHERE team_id = $1`, [otherTeam])),
    ).toEqual([[onRecord.id, null]]);
    expect(
      period(await teamsPrisma.$queryRaw<Rows>`SELECT client_id, until FROM team_client WHERE team_id = ${otherTeam}::uuid`),
    ).toEqual([[onRecord.id, null]]);
    const workers = await teamsPrisma.$queryRaw<Rows<{ professional_id: string; is_current: boolean | null }>>`
      SELECT professional_id, is_current FROM responsible_worker WHERE client_id = ${onRecord.id}::uuid ORDER BY since`;
    expect(workers).toEqual([
      { professional_id: recordWorker, is_current: true },
      { professional_id: duplicateWorker, is_current: null },
    ]);
    // The projection's responsible worker of the client on record (the world's social worker) stays.
    expect(
      await consentsSql.query(`SELECT professional_id FROM access_responsible_worker WHERE client_id = $1`, [onRecord.id]),
    ).toEqual([{ professional_id: world.socialWorker }]);
  });
});
