import { randomUUID } from "node:crypto";
import { LocalDate, todayIn, type Viewer } from "@silta/kernel";
import {
  clientViewer,
  createTestDatabase,
  professional,
  startSubgraph,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

const recordConsent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id purpose validUntil isActive recipientOrganizations { id } } }`;

describe("consents, bans and who may see what: queries and inputs", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let world: AccessWorld;
  const today = todayIn("Europe/Helsinki");

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_queries", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 3);
    harness = await startSubgraph(consentsSubgraph, testDb.database);
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const input = (clientId: string, extra: Record<string, unknown> = {}) => ({
    clientId,
    recipientOrganizationIds: [world.city],
    categories: ["BASIC", "SERVICE_PLAN"],
    purpose: "School support",
    form: "WRITTEN",
    evidenceReference: "DOC-9",
    validFrom: LocalDate.addDays(today, -10),
    ...extra,
  });
  const errorOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions;

  it("lists a client's consents valid today, at another date, or all of them", async () => {
    const client = world.clients[0]!;
    await harness.query(
      recordConsent,
      { input: input(client, { purpose: "until last week", validUntil: LocalDate.addDays(today, -7) }) },
      worker(),
    );
    await harness.query(recordConsent, { input: input(client, { purpose: "current" }) }, worker());
    const list = async (variables: Record<string, unknown>) =>
      (
        await harness.query<{ clientConsents: { purpose: string }[] }>(
          `query ($id: ID!, $on: Date, $all: Boolean) { clientConsents(clientId: $id, validOn: $on, includeInactive: $all) { purpose } }`,
          { id: client, ...variables },
          worker(),
        )
      ).data!.clientConsents.map((consent) => consent.purpose);
    expect(await list({})).toEqual(["current"]);
    expect((await list({ on: LocalDate.addDays(today, -8) })).sort()).toEqual(["current", "until last week"]);
    expect((await list({ all: true })).sort()).toEqual(["current", "until last week"]);
  });

  it("lists the consents that expire within N days, soonest first, only of clients the viewer may see", async () => {
    const client = world.clients[1]!;
    await harness.query(
      recordConsent,
      { input: input(client, { purpose: "in 3 days", validUntil: LocalDate.addDays(today, 3) }) },
      worker(),
    );
    await harness.query(
      recordConsent,
      { input: input(client, { purpose: "in 20 days", validUntil: LocalDate.addDays(today, 20) }) },
      worker(),
    );
    await harness.query(
      recordConsent,
      { input: input(client, { purpose: "in 40 days", validUntil: LocalDate.addDays(today, 40) }) },
      worker(),
    );
    const expiring = await harness.query<{ consentsExpiring: { purpose: string }[] }>(
      `{ consentsExpiring(withinDays: 30) { purpose } }`,
      {},
      worker(),
    );
    expect(expiring.data!.consentsExpiring.map((consent) => consent.purpose)).toEqual(["in 3 days", "in 20 days"]);
    const stranger = await harness.query<{ consentsExpiring: unknown[] }>(
      `{ consentsExpiring(withinDays: 30) { purpose } }`,
      {},
      professional(world.county, { id: randomUUID() }),
    );
    expect(stranger.data!.consentsExpiring).toEqual([]);
    const tooFar = await harness.query(`{ consentsExpiring(withinDays: 400) { id } }`, {}, worker());
    expect(errorOf(tooFar)).toMatchObject({ code: "BAD_USER_INPUT", field: "withinDays" });
  });

  it("tells who may see what of a client today, with the reason", async () => {
    const client = world.clients[2]!;
    const consent = await harness.query<{ recordConsent: { id: string } }>(recordConsent, { input: input(client) }, worker());
    const overview = await harness.query<{
      clientAccessOverview: {
        professional: { id: string } | null;
        categories: string[];
        reason: string;
        deniedReason: string | null;
        consentIds: string[];
      }[];
    }>(
      `query ($id: ID!) { clientAccessOverview(clientId: $id) { professional { id } organization { id } team { id } categories deniedCategories reason deniedReason consentIds } }`,
      { id: client },
      clientViewer(client),
    );
    expect(overview.errors).toBeUndefined();
    const byProfessional = new Map(overview.data!.clientAccessOverview.map((grant) => [grant.professional?.id, grant]));
    expect(byProfessional.get(world.socialWorker)).toMatchObject({ reason: "responsible_worker", deniedReason: null });
    expect(byProfessional.get(world.socialWorker)!.categories).toHaveLength(7);
    expect(byProfessional.get(world.curator)).toMatchObject({
      categories: ["BASIC", "SERVICE_PLAN"],
      reason: "consent",
      deniedReason: "no_consent",
      consentIds: [consent.data!.recordConsent.id],
    });
  });

  it("returns the recorded consent for a retry with the same id, and CONFLICT when the retry differs", async () => {
    const id = randomUUID();
    const first = await harness.query<{ recordConsent: { id: string } }>(
      recordConsent,
      { input: input(world.clients[0]!, { id }) },
      worker(),
    );
    const again = await harness.query<{ recordConsent: { id: string } }>(
      recordConsent,
      { input: input(world.clients[0]!, { id }) },
      worker(),
    );
    expect(again.data?.recordConsent.id).toBe(first.data?.recordConsent.id);
    const differs = await harness.query(recordConsent, { input: input(world.clients[0]!, { id, purpose: "other" }) }, worker());
    expect(errorOf(differs)).toMatchObject({ code: "CONFLICT" });
  });

  it.each([
    ["a written consent without its document", { evidenceReference: null }, "input.evidenceReference", "required"],
    ["a consent to share without recipients", { recipientOrganizationIds: [] }, "input.recipientOrganizationIds", "required"],
    ["a guardian's consent that does not name the guardian", { givenBy: "GUARDIAN" }, "input.givenByClientId", "required"],
    ["an end before the start", { validUntil: "2000-01-01" }, "input.validUntil", "before_start"],
    ["no categories", { categories: [] }, "input.categories", "required"],
    ["a recipient id that is not a UUID", { recipientOrganizationIds: ["city"] }, "input.recipientOrganizationIds[0]", "uuid"],
    [
      "an authorisation to act on behalf without an agent",
      { kind: "ACTING_ON_BEHALF", recipientOrganizationIds: [] },
      "input.agentId",
      "required",
    ],
  ])("refuses %s, naming the field, and writes nothing", async (_case, change, field, rule) => {
    const client = randomUUID();
    const response = await harness.query(recordConsent, { input: input(client, change) }, worker());
    expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    const rows = await testDb.database.sql.query(`SELECT 1 FROM consent WHERE client_id = $1`, [client]);
    expect(rows).toEqual([]);
  });

  it("refuses a ban of an organisation that names none, and shows a client's bans on the client", async () => {
    const client = world.clients[0]!;
    const missing = await harness.query(
      `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`,
      { input: { clientId: client, kind: "ORGANIZATION" } },
      clientViewer(client),
    );
    expect(errorOf(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.organizationId" });
    await harness.query(
      `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`,
      { input: { clientId: client, kind: "SERVICE_TASK", serviceTask: "child protection", categories: ["CONCERNS"] } },
      clientViewer(client),
    );
    const bans = await harness.query<{ _entities: { bans: { kind: string; serviceTask: string; isActive: boolean }[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { bans { kind serviceTask isActive } } } }`,
      { r: [{ __typename: "Client", id: client }] },
      worker(),
    );
    expect(bans.data?._entities[0]?.bans).toEqual([{ kind: "SERVICE_TASK", serviceTask: "child protection", isActive: true }]);
  });

  it("lets only someone with a relationship record a consent for a client", async () => {
    const response = await harness.query(
      recordConsent,
      { input: input(world.clients[0]!) },
      professional(world.county, { id: randomUUID() }),
    );
    expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN" });
  });
});
