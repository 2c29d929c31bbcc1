import { randomUUID } from "node:crypto";
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
import { clientsSubgraph } from "../src";

interface ClientData {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  language: string;
  controllerOrganization: { id: string };
}

const clientFields = `id firstName lastName birthDate language controllerOrganization { id }`;
const clientQuery = `query ($id: ID!) { client(id: $id) { ${clientFields} } }`;
const entitiesQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { ${clientFields} } } }`;

describe("clients subgraph", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const city = randomUUID();
  const clients = [randomUUID(), randomUUID(), randomUUID()];
  const [aino, eetu] = clients as [string, string, string];
  const references = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: "Client", id })) });

  beforeAll(async () => {
    testDb = await createTestDatabase("clients", clientsSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    harness = await startSubgraph(clientsSubgraph, counting.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    await prisma.client.createMany({
      data: clients.map((id, index) => ({
        id,
        firstName: ["Aino", "Eetu", "Linnea"][index]!,
        lastName: "Virtanen",
        birthDate: index === 0 ? new Date("2015-04-02") : null,
        language: index === 2 ? "sv" : "fi",
        controllerOrganizationId: county,
      })),
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("refuses a request without the gateway-signed viewer and returns no data", async () => {
    const response = await harness.query(clientQuery, { id: aino }, null);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(response)).not.toContain("Aino");
  });

  it("gives a county professional the client with the controller as an organisation reference", async () => {
    const response = await harness.query<{ client: ClientData }>(clientQuery, { id: aino }, professional(county));
    expect(response.errors).toBeUndefined();
    expect(response.data?.client).toEqual({
      id: aino,
      firstName: "Aino",
      lastName: "Virtanen",
      birthDate: "2015-04-02",
      language: "fi",
      controllerOrganization: { id: county },
    });
  });

  it("answers null without an error for a client that does not exist", async () => {
    const response = await harness.query<{ client: ClientData | null }>(clientQuery, { id: randomUUID() }, professional(county));
    expect(response.errors).toBeUndefined();
    expect(response.data?.client).toBeNull();
  });

  it("rejects an id that is not a UUID as bad input naming the field", async () => {
    const response = await harness.query(clientQuery, { id: "not-a-uuid" }, professional(county));
    expect(response.data?.["client"]).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id", rule: "uuid" });
  });

  it("resolves many Client references with as many SQL statements as one", async () => {
    counting.reset();
    const one = await harness.query(entitiesQuery, references([aino]), professional(county));
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<{ _entities: ClientData[] }>(entitiesQuery, references(clients), professional(county));
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(three.data?._entities.map((client) => client.firstName)).toEqual(["Aino", "Eetu", "Linnea"]);
    expect(counting.count).toBe(oneCount);
    expect(counting.count).toBe(1);
  });

  it("denies a professional outside the controller: null and FORBIDDEN at the path, logged as denied", async () => {
    const response = await harness.query<{ client: ClientData | null }>(clientQuery, { id: eetu }, professional(city));
    expect(response.data?.client).toBeNull();
    expect(response.errors?.[0]?.path).toEqual(["client"]);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect(JSON.stringify(response)).not.toContain("Eetu");
    const entries = harness.accessLog.filter((entry) => entry.organizationId === city && entry.clientId === eetu);
    // Basic first; denied, then whether any other category has a basis (client(id) answers a client
    // with some basis); every one denied and logged.
    expect(entries[0]).toMatchObject({ category: "basic", outcome: "denied" });
    expect(entries.every((entry) => entry.outcome === "denied")).toBe(true);
  });

  it("denies each reference of an outside professional without leaking its fields", async () => {
    const response = await harness.query<{ _entities: (ClientData | null)[] }>(
      entitiesQuery,
      references([aino, eetu]),
      professional(city),
    );
    expect(response.data?._entities).toEqual([null, null]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([
      [["_entities", 0], "FORBIDDEN"],
      [["_entities", 1], "FORBIDDEN"],
    ]);
    expect(JSON.stringify(response)).not.toMatch(/Aino|Eetu|Virtanen/);
  });

  it("shows a client their own record but not another client's", async () => {
    const own = await harness.query<{ client: ClientData | null }>(clientQuery, { id: aino }, clientViewer(aino));
    expect(own.errors).toBeUndefined();
    expect(own.data?.client?.firstName).toBe("Aino");

    const other = await harness.query<{ client: ClientData | null }>(clientQuery, { id: eetu }, clientViewer(aino));
    expect(other.data?.client).toBeNull();
    expect(other.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const entries = harness.accessLog.filter((entry) => entry.viewerId === aino && entry.clientId === eetu);
    // Refused basic data, the other categories are decided too (an agent may hold some of them:
    // docs/access.md "One client"); every one of them is refused, and each refusal is in the log.
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.outcome !== "denied")).toEqual([]);
  });
});
