import { randomUUID } from "node:crypto";
import { startHubWorld, type HubWorld } from "./support/hubWorld";

/** The Idempotency-Key travels from the caller through the gateway to the subgraph that writes. */
describe("a write retried through the gateway with an Idempotency-Key", () => {
  let world: HubWorld;
  let clientId: string;
  const update = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id firstName } }`;
  const updateEvents = async () =>
    (
      await world.databases["clients"]!.sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM outbox_event WHERE type = 'client.updated' AND aggregate_id = $1`,
        [clientId],
      )
    )[0]!.n;

  beforeAll(async () => {
    world = await startHubWorld("idempotency_key");
    const created = await world.graphql(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`,
      {
        input: {
          firstName: "Eetu",
          lastName: "Virtanen",
          temporaryIdentifier: `T-${randomUUID()}`,
          controllerOrganizationId: world.county,
        },
      },
      world.socialWorker.bearer,
    );
    clientId = (created.body.data as any).createClient.client.id;
    await world.grantResponsibleWorker(clientId, world.socialWorker.id);
  }, 120_000);
  afterAll(() => world?.stop());

  it("changes the client once and answers the retry alike; another input under the key is CONFLICT", async () => {
    const headers = { ...world.socialWorker.bearer, "idempotency-key": randomUUID() };
    const input = { id: clientId, firstName: "Eetu-Juhani" };
    const first = await world.graphql(update, { input }, headers);
    const retry = await world.graphql(update, { input }, headers);
    expect(first.body).toEqual({ data: { updateClient: { id: clientId, firstName: "Eetu-Juhani" } } });
    expect(retry.body).toEqual(first.body);
    expect(await updateEvents()).toBe("1");
    const reused = await world.graphql(update, { input: { ...input, firstName: "Someone" } }, headers);
    expect(reused.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key" });
    expect(await updateEvents()).toBe("1");
  });

  it("refuses a malformed key at the gateway, naming the header", async () => {
    const answer = await world.graphql(
      update,
      { input: { id: clientId, firstName: "X" } },
      {
        ...world.socialWorker.bearer,
        "idempotency-key": "bad key",
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "Idempotency-Key" });
  });
});
