import { randomUUID } from "node:crypto";
import { AccessGuard, DataCategory, InProcessEventBus, streamOf, type AccessRequest, type Sql, type Viewer } from "@silta/kernel";
import {
  clientViewer,
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { addGuardianship, buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

const recordConsent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id isActive kind categories } }`;
const revokeConsent = `mutation ($id: ID!) { revokeConsent(id: $id) { id isActive revokedAt } }`;
const recordBan = `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id isActive kind } }`;
const liftBan = `mutation ($id: ID!) { liftBan(id: $id) { id isActive liftedAt } }`;
const recordStatutoryBasis = `mutation ($input: RecordStatutoryBasisInput!) { recordStatutoryBasis(input: $input) { id isActive } }`;

describe("access decisions made by the consents service", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let harness: SubgraphHarness;
  let service: AccessService;
  let world: AccessWorld;
  const bus = new InProcessEventBus();

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_access", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 4);
    service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
    harness = await startSubgraph(consentsSubgraph, testDb.database, { bus });
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const socialWorker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const curator = (): Viewer => professional(world.city, { id: world.curator, roles: ["school_curator"] });
  const decideOne = async (viewer: Viewer, clientId: string, category: DataCategory) =>
    (await service.decide(viewer, [{ clientId, category, action: "read" }]))[0]!;
  /** What another subgraph does: ask its request's guard, backed by this service. */
  const guardFor = (viewer: Viewer, source = "clients") =>
    new AccessGuard({
      viewer,
      policy: service.policy(),
      log: { append: async () => undefined },
      requestId: randomUUID(),
      source,
    });
  const sharingInput = (clientId: string, categories: string[], extra: Record<string, unknown> = {}) => ({
    clientId,
    recipientOrganizationIds: [world.city],
    categories,
    purpose: "Client team work with the school",
    form: "WRITTEN",
    evidenceReference: "DOC-1",
    validFrom: "2020-01-01",
    ...extra,
  });

  it("lets the county's social worker read their client's data as responsible worker", async () => {
    expect(await decideOne(socialWorker(), world.clients[0]!, DataCategory.ServicePlan)).toMatchObject({
      allowed: true,
      basis: "responsible_worker",
      teamId: world.team,
    });
  });

  it("lets the school curator of the city read a client's service plan only once the client's consent names the city and covers plans", async () => {
    const [aino] = world.clients as [string];
    expect(await decideOne(curator(), aino, DataCategory.ServicePlan)).toEqual({ allowed: false, basis: "no_consent" });

    const basicOnly = await harness.query(recordConsent, { input: sharingInput(aino, ["BASIC"]) }, socialWorker());
    expect(basicOnly.errors).toBeUndefined();
    expect(await decideOne(curator(), aino, DataCategory.ServicePlan)).toMatchObject({ allowed: false, basis: "no_consent" });
    expect(await decideOne(curator(), aino, DataCategory.Basic)).toMatchObject({ allowed: true, basis: "consent" });

    const plans = await harness.query<{ recordConsent: { id: string } }>(
      recordConsent,
      { input: sharingInput(aino, ["SERVICE_PLAN", "TEAM"]) },
      socialWorker(),
    );
    const consentId = plans.data!.recordConsent.id;
    await guardFor(curator()).assert(aino, DataCategory.ServicePlan);
    const entries = await logRows(testDb.database.sql, { clientId: aino, viewerId: world.curator });
    expect(entries.at(-1)).toMatchObject({
      category: "service_plan",
      outcome: "allowed",
      basis: "consent",
      consent_id: consentId,
      source: "clients",
    });
  });

  it("does not let a consent to another organisation or without a team relationship open the data", async () => {
    const [, eetu] = world.clients as [string, string];
    await harness.query(
      recordConsent,
      { input: sharingInput(eetu, ["FIT"], { recipientOrganizationIds: [randomUUID()] }) },
      socialWorker(),
    );
    expect(await decideOne(curator(), eetu, DataCategory.Fit)).toMatchObject({ allowed: false, basis: "no_consent" });
    const outsiderWithoutTeam = professional(world.city, { id: randomUUID() });
    await harness.query(recordConsent, { input: sharingInput(eetu, ["CONTACT"]) }, socialWorker());
    expect(await decideOne(outsiderWithoutTeam, eetu, DataCategory.Contact)).toEqual({
      allowed: false,
      basis: "no_client_relationship",
    });
    expect(await decideOne(curator(), eetu, DataCategory.Contact)).toMatchObject({ allowed: true, basis: "consent" });
  });

  it("lets a consent that names the curator's team, not the city, open the data", async () => {
    const client = world.clients[3]!;
    await harness.query(
      recordConsent,
      { input: sharingInput(client, ["CONCERNS"], { recipientOrganizationIds: [], recipientTeamIds: [world.team] }) },
      socialWorker(),
    );
    expect(await decideOne(curator(), client, DataCategory.Concerns)).toMatchObject({ allowed: true, basis: "consent" });
  });

  it("denies at once when the consent is revoked, and keeps the revoked record", async () => {
    const client = world.clients[2]!;
    const recorded = await harness.query<{ recordConsent: { id: string } }>(
      recordConsent,
      { input: sharingInput(client, ["SERVICE_PLAN"]) },
      socialWorker(),
    );
    await guardFor(curator()).assert(client, DataCategory.ServicePlan);
    const revoked = await harness.query<{ revokeConsent: { isActive: boolean; revokedAt: string } }>(
      revokeConsent,
      { id: recorded.data!.recordConsent.id },
      clientViewer(client),
    );
    expect(revoked.data?.revokeConsent).toMatchObject({ isActive: false, revokedAt: expect.any(String) });
    await expect(guardFor(curator()).assert(client, DataCategory.ServicePlan)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", category: "service_plan" },
    });
    const all = await harness.query<{ clientConsents: { id: string }[] }>(
      `query ($id: ID!) { clientConsents(clientId: $id, includeInactive: true) { id } }`,
      { id: client },
      socialWorker(),
    );
    expect(all.data?.clientConsents.map((consent) => consent.id)).toContain(recorded.data!.recordConsent.id);
  });

  it("lets a ban beat a consent, and lifting the ban restore it", async () => {
    const [aino] = world.clients as [string];
    expect(await decideOne(curator(), aino, DataCategory.Basic)).toMatchObject({ allowed: true, basis: "consent" });
    const ban = await harness.query<{ recordBan: { id: string; isActive: boolean } }>(
      recordBan,
      { input: { clientId: aino, kind: "ORGANIZATION", organizationId: world.city, categories: ["BASIC"] } },
      clientViewer(aino),
    );
    expect(ban.errors).toBeUndefined();
    expect(ban.data?.recordBan.isActive).toBe(true);
    expect(await decideOne(curator(), aino, DataCategory.Basic)).toMatchObject({ allowed: false, basis: "ban" });
    // A ban of one category leaves the others to their consents.
    expect(await decideOne(curator(), aino, DataCategory.ServicePlan)).toMatchObject({ allowed: true, basis: "consent" });
    // Inside the county a ban on disclosure changes nothing.
    expect(await decideOne(socialWorker(), aino, DataCategory.Basic)).toMatchObject({ allowed: true });
    await harness.query(liftBan, { id: ban.data!.recordBan.id }, clientViewer(aino));
    expect(await decideOne(curator(), aino, DataCategory.Basic)).toMatchObject({ allowed: true, basis: "consent" });
  });

  it("lets a ban of a data category, to any organisation, beat a consent", async () => {
    const [aino] = world.clients as [string];
    const ban = await harness.query<{ recordBan: { id: string } }>(
      recordBan,
      { input: { clientId: aino, kind: "CATEGORY", categories: ["TEAM"] } },
      socialWorker(),
    );
    expect(await decideOne(curator(), aino, DataCategory.Team)).toMatchObject({ allowed: false, basis: "ban" });
    await harness.query(liftBan, { id: ban.data!.recordBan.id }, socialWorker());
  });

  it("accepts a statutory basis recorded by a professional of the county, and refuses one from outside", async () => {
    const client = world.clients[1]!;
    expect(await decideOne(curator(), client, DataCategory.ServicePlan)).toMatchObject({ allowed: false });
    const input = {
      clientId: client,
      recipientOrganizationId: world.city,
      categories: ["SERVICE_PLAN"],
      legalReference: "Lastensuojelulaki 417/2007 25 §",
      validFrom: "2020-01-01",
    };
    const fromOutside = await harness.query(recordStatutoryBasis, { input }, curator());
    expect(fromOutside.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const recorded = await harness.query<{ recordStatutoryBasis: { id: string } }>(
      recordStatutoryBasis,
      { input },
      socialWorker(),
    );
    expect(recorded.errors).toBeUndefined();
    expect(await decideOne(curator(), client, DataCategory.ServicePlan)).toMatchObject({
      allowed: true,
      basis: "statutory_basis",
      statutoryBasisId: recorded.data!.recordStatutoryBasis.id,
    });
  });

  it("shows a guardian their minor child's data but not another child's, nor a child once of age", async () => {
    const guardian = randomUUID();
    const [child, otherChild, grownUp] = [world.clients[0]!, world.clients[1]!, world.clients[2]!];
    await addGuardianship(testDb.database.sql, child, guardian);
    await addGuardianship(testDb.database.sql, grownUp, guardian, "2020-01-01");
    const viewer = clientViewer(guardian);
    expect(await decideOne(viewer, child, DataCategory.ServicePlan)).toEqual({ allowed: true, basis: "guardian" });
    expect(await decideOne(viewer, otherChild, DataCategory.ServicePlan)).toEqual({ allowed: false, basis: "not_own_data" });
    expect(await decideOne(viewer, grownUp, DataCategory.ServicePlan)).toEqual({ allowed: false, basis: "not_own_data" });
    expect(await decideOne(viewer, guardian, DataCategory.ServicePlan)).toEqual({ allowed: true, basis: "self" });
  });

  it("lets the person authorised to act on the client's behalf see what the authorisation covers, for its period", async () => {
    const [client] = world.clients as [string];
    const agent = randomUUID();
    const authorisation = {
      clientId: client,
      kind: "ACTING_ON_BEHALF",
      agentId: agent,
      agentKind: "CLIENT",
      allowedActions: ["VIEW_DATA", "ATTEND_MEETINGS"],
      categories: ["SERVICE_PLAN"],
      purpose: "Daughter helps with the service plan",
      form: "WRITTEN",
      evidenceReference: "POA-7",
      validFrom: "2020-01-01",
      validUntil: "2099-12-31",
    };
    const recorded = await harness.query<{ recordConsent: { kind: string } }>(
      recordConsent,
      { input: authorisation },
      socialWorker(),
    );
    expect(recorded.data?.recordConsent.kind).toBe("ACTING_ON_BEHALF");
    expect(await decideOne(clientViewer(agent), client, DataCategory.ServicePlan)).toMatchObject({
      allowed: true,
      basis: "acting_on_behalf",
    });
    expect(await decideOne(clientViewer(agent), client, DataCategory.Fit)).toMatchObject({ allowed: false });
    const withoutPeriod = await harness.query(recordConsent, { input: { ...authorisation, validUntil: null } }, socialWorker());
    expect(withoutPeriod.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.validUntil" });
  });

  it("refuses person-level data to a manager and to reporting, even inside the county", async () => {
    const manager = professional(world.county, { id: world.socialWorker, roles: ["manager"] });
    expect(await decideOne(manager, world.clients[0]!, DataCategory.Basic)).toEqual({ allowed: false, basis: "aggregates_only" });
    const reporting = professional(world.county, { id: randomUUID(), roles: ["reporting"] });
    expect(await decideOne(reporting, world.clients[0]!, DataCategory.Fit)).toEqual({ allowed: false, basis: "aggregates_only" });
  });

  it("gives a system client only the categories of its scopes, and logs its reads under its name", async () => {
    const system: Viewer = { id: "client-information-system", kind: "system", roles: [], scopes: ["fit:read"] };
    const guard = guardFor(system, "fit");
    await guard.assert(world.clients[0]!, DataCategory.Fit);
    await expect(guard.assert(world.clients[0]!, DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
    const entries = await logRows(testDb.database.sql, { viewerId: "client-information-system" });
    expect(entries.map((entry) => [entry.category, entry.outcome, entry.basis])).toEqual([
      ["fit", "allowed", "system_scope"],
      ["basic", "denied", "scope_missing"],
    ]);
  });

  it("denies an unknown kind of professional without relationship, and logs the denied read as denied", async () => {
    const stranger = professional(randomUUID(), { id: randomUUID() });
    await expect(guardFor(stranger, "fit").assert(world.clients[0]!, DataCategory.Fit)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
    const entries = await logRows(testDb.database.sql, { viewerId: stranger.id });
    expect(entries).toEqual([
      expect.objectContaining({
        client_id: world.clients[0],
        category: "fit",
        outcome: "denied",
        basis: "no_client_relationship",
        source: "fit",
      }),
    ]);
  });

  it("decides 100 clients with one policy call, a bounded number of SQL statements and one log transaction", async () => {
    const big = await buildAccessWorld(testDb.database.sql, 100);
    await testDb.database.sql.query(
      `INSERT INTO consent (id, client_id, recipient_organization_ids, categories, purpose, valid_from, given_at, recorded_by)
       SELECT gen_random_uuid(), client_id, ARRAY[$2::uuid], '{BASIC}', 'school', '2020-01-01', now(), 'test'
         FROM unnest($1::uuid[]) AS client_id`,
      [big.clients.slice(0, 60), big.city],
    );
    // Every statement Prisma sends through the driver adapter (the decisions') is counted, and the
    // log's, which goes through the kernel's Sql (ADR 0015's named exception).
    const counting = countStatements(testDb.database);
    const countedPrisma = createPrisma(counting.database);
    let appends = 0;
    const sql = testDb.database.sql;
    const countedSql: Sql = {
      ...sql,
      query: <Row>(text: string, params?: unknown[]) => {
        appends += 1;
        return sql.query<Row>(text, params);
      },
    };
    const countedService = new AccessService({ prisma: countedPrisma, sql: countedSql, timeZone: "Europe/Helsinki" });
    let calls = 0;
    const policy = countedService.policy();
    const guard = new AccessGuard({
      viewer: professional(big.city, { id: big.curator }),
      policy: {
        decide: policy.decide,
        decideAndLog: (viewer, requests: AccessRequest[], context) => {
          calls += 1;
          return policy.decideAndLog!(viewer, requests, context);
        },
      },
      log: { append: async () => undefined },
      requestId: randomUUID(),
      source: "clients",
    });
    const allowed = await guard.filterAllowed(big.clients, DataCategory.Basic);
    expect(allowed.size).toBe(60);
    expect(calls).toBe(1);
    // However many clients: the facts' version, two decision statements (relationships, then
    // consents/bases/bans) and one INSERT of the context and all entries; no BEGIN or COMMIT.
    expect(counting.count).toBe(3);
    expect(appends).toBe(1);
    expect(await logRows(testDb.database.sql, { viewerId: big.curator })).toHaveLength(100);
  });

  it("changes decisions when a team membership ends, as soon as the event is projected, and applies an event only once", async () => {
    const ended = await buildAccessWorld(testDb.database.sql, 1);
    const worker = professional(ended.county, { id: ended.socialWorker });
    const [client] = ended.clients as [string];
    await testDb.database.sql.query(`DELETE FROM access_responsible_worker WHERE client_id = $1`, [client]);
    expect(await decideOne(worker, client, DataCategory.Basic)).toMatchObject({ allowed: true, basis: "team_member" });
    const event = {
      id: randomUUID(),
      type: "team.member_removed",
      source: "teams",
      aggregateType: "Team",
      aggregateId: ended.team,
      occurredAt: new Date().toISOString(),
      actorId: "test",
      schemaVersion: 1,
      data: { teamId: ended.team, professionalId: ended.socialWorker, until: "2021-01-01" },
    };
    await bus.publish(streamOf("teams"), [event, event]);
    await waitFor(async () => (await decideOne(worker, client, DataCategory.Basic)).allowed === false);
    expect(await decideOne(worker, client, DataCategory.Basic)).toEqual({ allowed: false, basis: "no_client_relationship" });
    const processed = await testDb.database.sql.query(`SELECT * FROM processed_event WHERE event_id = $1`, [event.id]);
    expect(processed).toHaveLength(1);
  });

  it("learns responsible workers, client relationships and guardianships from the clients and teams events", async () => {
    const client = randomUUID();
    const county = randomUUID();
    const worker = randomUUID();
    const colleague = randomUUID();
    const guardian = randomUUID();
    const envelope = (type: string, data: Record<string, unknown>, source: string) => ({
      id: randomUUID(),
      type,
      source,
      aggregateType: "Client",
      aggregateId: client,
      occurredAt: new Date().toISOString(),
      actorId: "test",
      schemaVersion: 1,
      data,
    });
    await bus.publish(streamOf("teams"), [
      // Malformed (no professional): recorded and skipped, so it cannot hold up the events behind it.
      envelope("team.member_added", { teamId: randomUUID(), professionalId: null, since: "2020-01-01" }, "teams"),
      envelope(
        "organization.created",
        { organizationId: county, type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
        "teams",
      ),
      envelope(
        "client.responsible_worker_assigned",
        { clientId: client, professionalId: worker, organizationId: county, previousProfessionalId: null, since: "2020-01-01" },
        "teams",
      ),
    ]);
    await bus.publish(streamOf("clients"), [
      envelope("client.created", { clientId: client, controllerOrganizationId: county, hasNonDisclosureOrder: false }, "clients"),
      envelope(
        "client.relationship_started",
        {
          clientId: client,
          relationshipId: randomUUID(),
          organizationId: county,
          serviceTask: "child protection",
          since: "2020-01-01",
          until: null,
        },
        "clients",
      ),
      envelope(
        "family.guardian_added",
        { childClientId: client, guardianClientId: guardian, since: "2020-01-01", until: null },
        "clients",
      ),
      envelope("client.updated", { clientId: "not-a-uuid" }, "clients"),
    ]);
    // The two streams are projected independently: wait until the last event of each is applied.
    await waitFor(async () => (await decideOne(clientViewer(guardian), client, DataCategory.Basic)).allowed);
    await waitFor(
      async () =>
        (await decideOne(professional(county, { id: worker }), client, DataCategory.Concerns)).basis === "responsible_worker",
    );
    expect(await decideOne(professional(county, { id: worker }), client, DataCategory.Concerns)).toMatchObject({
      allowed: true,
      basis: "responsible_worker",
    });
    expect(await decideOne(professional(county, { id: colleague }), client, DataCategory.Concerns)).toMatchObject({
      allowed: true,
      basis: "client_relationship",
    });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition not met");
}
