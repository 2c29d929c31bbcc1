import { randomUUID } from "node:crypto";
import { startClientsWorld, type ClientsWorld } from "./support";

const updateClient = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id firstName language } }`;
const updateGoals = `mutation ($input: UpdateServicePlanGoalsInput!) { updateServicePlanGoals(input: $input) { id version goals } }`;
const createPlan = `mutation ($input: CreateServicePlanInput!) { createServicePlan(input: $input) { id version } }`;

describe("writes retried with an Idempotency-Key (docs/idempotency.md)", () => {
  let world: ClientsWorld;
  beforeAll(async () => {
    world = await startClientsWorld("idempotency");
  });
  afterAll(() => world?.stop());

  const withKey = (key: string) => ({ "idempotency-key": key });
  const send = (query: string, variables: Record<string, unknown>, key?: string) =>
    world.harness.query<Record<string, any>>(query, variables, world.worker, key ? withKey(key) : {});
  const updateEvents = async (clientId: string) =>
    (await world.events("client.updated")).filter((event) => event.aggregateId === clientId).length;
  const keyRows = (key: string) => world.prisma.idempotencyKey.count({ where: { key } });

  it("changes a client once for a retried update and answers the retry with the same result", async () => {
    const clientId = await world.createClient({ firstName: "Aino" });
    const key = randomUUID();
    const input = { id: clientId, firstName: "Aino-Maria" };
    const first = await send(updateClient, { input }, key);
    const retry = await send(updateClient, { input }, key);
    expect(first.errors).toBeUndefined();
    expect(retry).toEqual(first);
    expect(await updateEvents(clientId)).toBe(1);
    const stored = await world.prisma.idempotencyKey.findMany({ where: { key } });
    expect(stored).toEqual([
      expect.objectContaining({ viewerId: world.worker.id, field: "updateClient", resultIds: [clientId] }),
    ]);
  });

  it("refuses the same key with a different input as CONFLICT naming the header, and changes nothing", async () => {
    const clientId = await world.createClient({ firstName: "Eetu" });
    const key = randomUUID();
    await send(updateClient, { input: { id: clientId, firstName: "Eetu-Juhani" } }, key);
    const reused = await send(updateClient, { input: { id: clientId, firstName: "Someone else" } }, key);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key", rule: "same_input" });
    const client = await world.prisma.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client.firstName).toBe("Eetu-Juhani");
    expect(await updateEvents(clientId)).toBe(1);
  });

  it("keeps writes without a key as they were: each one is a change", async () => {
    const clientId = await world.createClient();
    await send(updateClient, { input: { id: clientId, language: "sv" } });
    await send(updateClient, { input: { id: clientId, language: "sv" } });
    expect(await updateEvents(clientId)).toBe(2);
  });

  it("does one change for two identical requests sent at once, and answers both alike", async () => {
    const clientId = await world.createClient({ firstName: "Ville" });
    const key = randomUUID();
    const input = { id: clientId, firstName: "Ville-Veikko" };
    const [a, b] = await Promise.all([send(updateClient, { input }, key), send(updateClient, { input }, key)]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(await updateEvents(clientId)).toBe(1);
    expect(await keyRows(key)).toBe(1);
  });

  it("answers a retried goal update with the plan instead of a stale-version CONFLICT", async () => {
    const clientId = await world.createClient();
    const planId = (await world.ok(createPlan, { input: { id: randomUUID(), clientId, goals: ["Sleep well"] } }))
      .createServicePlan.id as string;
    const key = randomUUID();
    const input = { planId, goals: ["Sleep well", "Go to school"], expectedVersion: 1 };
    const first = await send(updateGoals, { input }, key);
    const retry = await send(updateGoals, { input }, key);
    expect(first.data?.["updateServicePlanGoals"]).toEqual({ id: planId, version: 2, goals: ["Sleep well", "Go to school"] });
    expect(retry).toEqual(first);
    const unkeyed = await send(updateGoals, { input });
    expect(unkeyed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: "version" });
  });

  it("does not let a late retry undo a change made since: it answers with the record as it is now", async () => {
    const clientId = await world.createClient();
    const relationshipId = randomUUID();
    await world.ok(`mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id } }`, {
      input: { id: relationshipId, clientId, organizationId: world.county, serviceTask: "family_work", since: "2026-01-15" },
    });
    const end = `mutation ($input: EndClientRelationshipInput!) { endClientRelationship(input: $input) { id until } }`;
    const key = randomUUID();
    const input = { relationshipId, until: "2026-02-01" };
    expect((await send(end, { input }, key)).data?.["endClientRelationship"]).toEqual({
      id: relationshipId,
      until: "2026-02-01",
    });
    await send(end, { input: { relationshipId, until: "2026-03-01" } });
    const late = await send(end, { input }, key);
    expect(late.data?.["endClientRelationship"]).toEqual({ id: relationshipId, until: "2026-03-01" });
    const ended = (await world.events("client.relationship_ended")).filter((event) => event.aggregateId === clientId);
    expect(ended.map((event) => event.data["until"])).toEqual(["2026-02-01", "2026-03-01"]);
  });

  it("keeps one viewer's key apart from another's", async () => {
    const clientId = await world.createClient();
    const key = randomUUID();
    await send(updateClient, { input: { id: clientId, firstName: "Maija" } }, key);
    const other = { ...world.worker, id: randomUUID() };
    const response = await world.harness.query(
      updateClient,
      { input: { id: clientId, firstName: "Liisa" } },
      other,
      withKey(key),
    );
    expect(response.errors).toBeUndefined();
    expect(await keyRows(key)).toBe(2);
  });

  it("refuses a key that cannot be stored safely, naming the header", async () => {
    const clientId = await world.createClient();
    const response = await send(updateClient, { input: { id: clientId, firstName: "Maija" } }, "short");
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "Idempotency-Key" });
  });
});
