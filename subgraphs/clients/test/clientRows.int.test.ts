import { randomUUID } from "node:crypto";
import { LocalDate, todayIn, type AccessDecision, type AccessPolicy } from "@silta/kernel";
import {
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { concernWindowWithDeadline } from "../src/data/concernStore";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { CLIENT_SUMMARY_SELECT, createClientsLoaders } from "../src/data/loaders";
import type { Client } from "../src/data/prisma/client";

/** Everything allowed, decided and logged in one call: these tests are about which rows are read. */
const allowAll: AccessPolicy = {
  decide: () => Promise.reject(new Error("decides and logs together")),
  decideAndLog: async (_viewer, requests): Promise<AccessDecision[]> => requests.map(() => ({ allowed: true, basis: "test" })),
  visibleAmong: async (_viewer, _category, rows) => ({ visible: rows.map((_, index) => index) }),
};

/**
 * A `Client` asked for its summary fields alone (a caseload's names, a deadline list's client) is read
 * with the summary's columns only; any other field, in the selection, a nested one or a fragment, reads
 * the whole row, and answers from it.
 */
describe("the client rows a query reads", () => {
  let testDb: TestDatabase;
  let all: CountingDatabase;
  /** Counts only the statements that read a client's whole row (its encrypted identity code among them). */
  let wholeRows: CountingDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const worker = professional(county);
  const clients = [randomUUID(), randomUUID()];
  const concern = randomUUID();

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_client_rows", clientsSubgraph.migrationsDir);
    all = countStatements(testDb.database);
    wholeRows = countStatements(all.database, /^(?![\s\S]*identity_code_encrypted)/);
    harness = await startSubgraph(clientsSubgraph, wholeRows.database, { accessPolicy: allowAll });
    const prisma = createPrisma(testDb.database);
    await prisma.client.createMany({
      data: clients.map((id, index) => ({
        id,
        firstName: `Rivi${index}`,
        lastName: "Summary",
        birthDate: new Date("2015-03-0" + (index + 1)),
        language: "sv",
        controllerOrganizationId: county,
      })),
    });
    await prisma.concern.create({
      data: {
        id: concern,
        clientId: clients[0]!,
        description: "Worried",
        recordedBy: "test",
        raisedOn: new Date("2026-01-01"),
        service: "family_social_work",
        deadlineRuleCode: "first_joint_meeting",
        deadline: new Date("2026-01-04"),
        organizationId: county,
      },
    });
    await prisma.$disconnect();
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  async function entities(selection: string, fragments = "") {
    all.reset();
    wholeRows.reset();
    const answer = await harness.query<{ _entities: Record<string, unknown>[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } } ${fragments}`,
      { r: clients.map((id) => ({ __typename: "Client", id })) },
      worker,
    );
    expect(answer.errors).toBeUndefined();
    return { rows: answer.data!._entities, statements: all.count, wholeRows: wholeRows.count };
  }

  it("reads only the summary's columns for references asking the names and birth date", async () => {
    const read = await entities(`__typename ... on Client { id firstName lastName birthDate }`);
    expect(read.rows).toEqual([
      { __typename: "Client", id: clients[0], firstName: "Rivi0", lastName: "Summary", birthDate: "2015-03-01" },
      { __typename: "Client", id: clients[1], firstName: "Rivi1", lastName: "Summary", birthDate: "2015-03-02" },
    ]);
    expect(read).toMatchObject({ statements: 1, wholeRows: 0 });
  });

  it("answers a summary exactly as the model API's summary columns would: a missing birth date, a merged client and an unknown id among them", async () => {
    const prisma = createPrisma(testDb.database);
    try {
      const undated = randomUUID();
      const merged = randomUUID();
      await prisma.client.createMany({
        data: [
          { id: undated, firstName: "Ei", lastName: "Syntymäpäivää", language: "fi", controllerOrganizationId: county },
          { id: merged, firstName: "Yhdistetty", lastName: "Kaksoiskappale", language: "fi", controllerOrganizationId: county },
        ],
      });
      await prisma.client.update({ where: { id: merged }, data: { mergedIntoId: clients[0]! } });
      const ids = [...clients, undated, merged, randomUUID()];
      const model = await prisma.client.findMany({
        where: { id: { in: ids }, mergedIntoId: null },
        select: CLIENT_SUMMARY_SELECT,
      });
      const summaries = await createClientsLoaders(prisma, todayIn("Europe/Helsinki")).clientSummary.loadMany(ids);
      expect(summaries).toEqual(ids.map((id) => model.find((row) => row.id === id) ?? null));
      expect(summaries.filter(Boolean)).toHaveLength(3);
      // A column the summary did not read is not answered as empty: touching it throws.
      const [first] = summaries as Client[];
      expect(() => first!.phone).toThrow("Client.phone was not read");
      expect(() => first!.hasNonDisclosureOrder).toThrow("Client.hasNonDisclosureOrder was not read");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("reads the whole row for a field beyond the summary, however it is selected", async () => {
    const selections: [string, string?][] = [
      [`... on Client { id firstName language }`],
      [`... on Client { id ... { language } }`],
      [`... on Client { id ...more }`, `fragment more on Client { language }`],
      [`... on _Entity { ... on Client { id language } }`],
      [`... on Client { id language @include(if: false) firstName } ... on Client { language }`],
    ];
    for (const [selection, fragments] of selections) {
      const read = await entities(selection, fragments);
      expect([selection, read.rows.map((row) => row["language"])]).toEqual([selection, ["sv", "sv"]]);
      expect([selection, read.statements, read.wholeRows]).toEqual([selection, 1, 1]);
    }
    const nested = await entities(`... on Client { id controllerOrganization { id } }`);
    expect(nested.rows.map((row) => row["controllerOrganization"])).toEqual([{ id: county }, { id: county }]);
    expect(nested.wholeRows).toBe(1);
  });

  it("reads a name search's page by the same rule: the summary for the names alone, the whole row beyond them", async () => {
    const search = async (node: string) => {
      all.reset();
      wholeRows.reset();
      const answer = await harness.query<{ clients: { edges: { node: Record<string, unknown> }[] } }>(
        `{ clients(search: { name: "summ" }, first: 10) { edges { cursor node { ${node} } } } }`,
        {},
        worker,
      );
      expect(answer.errors).toBeUndefined();
      return { nodes: answer.data!.clients.edges.map((edge) => edge.node), wholeRows: wholeRows.count };
    };
    const names = await search(`__typename id firstName lastName birthDate`);
    expect(names.nodes).toEqual([
      { __typename: "Client", id: clients[0], firstName: "Rivi0", lastName: "Summary", birthDate: "2015-03-01" },
      { __typename: "Client", id: clients[1], firstName: "Rivi1", lastName: "Summary", birthDate: "2015-03-02" },
    ]);
    expect(names.wholeRows).toBe(0);
    const more = await search(`id ... on Client { language }`);
    expect(more.nodes).toEqual([
      { id: clients[0], language: "sv" },
      { id: clients[1], language: "sv" },
    ]);
    expect(more.wholeRows).toBe(1);
  });

  it("answers an overdue list and its clients' names from the one statement of its window", async () => {
    all.reset();
    wholeRows.reset();
    const answer = await harness.query<{ overdueConcerns: { id: string; client: Record<string, unknown> }[] }>(
      `query ($unit: ID!) { overdueConcerns(filter: { organizationId: $unit }, first: 10) { id client { id firstName lastName } } }`,
      { unit: county },
      worker,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.overdueConcerns).toEqual([
      { id: concern, client: { id: clients[0], firstName: "Rivi0", lastName: "Summary" } },
    ]);
    expect(all.count).toBe(1);
    // A field beyond the summary reads the client's whole row after the window, as before.
    all.reset();
    const more = await harness.query<{ overdueConcerns: { client: Record<string, unknown> }[] }>(
      `query ($unit: ID!) { overdueConcerns(filter: { organizationId: $unit }, first: 10) { client { firstName language } } }`,
      { unit: county },
      worker,
    );
    expect(more.data!.overdueConcerns).toEqual([{ client: { firstName: "Rivi0", language: "sv" } }]);
    expect(all.count).toBe(2);
  });

  it("reads a concern's client by the same rule", async () => {
    const ask = async (client: string) => {
      all.reset();
      wholeRows.reset();
      const answer = await harness.query<{ concern: { client: Record<string, unknown> } }>(
        `query ($id: ID!) { concern(id: $id) { id client { ${client} } } }`,
        { id: concern },
        worker,
      );
      expect(answer.errors).toBeUndefined();
      return { client: answer.data!.concern.client, wholeRows: wholeRows.count };
    };
    expect(await ask("id firstName lastName")).toEqual({
      client: { id: clients[0], firstName: "Rivi0", lastName: "Summary" },
      wholeRows: 0,
    });
    expect(await ask("firstName language hasIdentityCode")).toEqual({
      client: { firstName: "Rivi0", language: "sv", hasIdentityCode: false },
      wholeRows: 1,
    });
  });
});

/**
 * A deadline list's window is one tagged statement: its rows must be exactly what the model API
 * answers for the same concerns (every field, its type and its null), with the members of each
 * concern's family.
 */
describe("a deadline list's window", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  const organization = randomUUID();
  const team = randomUUID();
  const family = randomUUID();
  const members = [randomUUID(), randomUUID()].sort();
  const client = randomUUID();

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_deadline_window", clientsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    await prisma.client.createMany({
      data: [client, ...members].map((id) => ({
        id,
        firstName: "W",
        lastName: "Window",
        birthDate: new Date("2010-06-01"),
        controllerOrganizationId: organization,
      })),
    });
    await prisma.family.create({ data: { id: family, name: "Perhe" } });
    await prisma.familyMember.createMany({
      data: members.map((clientId) => ({ familyId: family, clientId, relation: "CHILD" })),
    });
    const concern = (day: number, fields: Record<string, unknown>) => ({
      id: randomUUID(),
      description: `Day ${day}`,
      recordedBy: "test",
      raisedOn: new Date("2026-01-01"),
      raisedAt: new Date(Date.UTC(2026, 0, 1, 8, day)),
      service: "family_social_work",
      deadlineRuleCode: "first_joint_meeting",
      deadline: new Date(Date.UTC(2026, 0, day)),
      organizationId: organization,
      ...fields,
    });
    await prisma.concern.createMany({
      data: [
        concern(3, { clientId: client, teamId: team, responsibleProfessionalId: randomUUID() }),
        concern(2, { familyId: family, raisedByProfessionalId: randomUUID(), attendingClientIds: members }),
        concern(2, { clientId: client, kind: "CHILD_WELFARE_NOTICE", teamId: team }),
        concern(5, { clientId: client, status: "REACTED", meetingOn: new Date("2026-01-03"), reactedAt: new Date() }),
        concern(9, { clientId: client }),
      ],
    });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  const modelWindow = (where: Record<string, unknown>) =>
    prisma.concern.findMany({
      where: { status: "RAISED", ...where },
      orderBy: [{ deadline: "asc" }, { raisedAt: "asc" }, { id: "asc" }],
    });

  it("answers the model's rows, in its order, each with its family's members and its client's summary", async () => {
    const scope = { organizationId: organization, teamId: null, responsibleProfessionalId: null };
    const window = await concernWindowWithDeadline(prisma, scope, { lt: LocalDate.parse("2026-01-08")! }, 100);
    const model = await modelWindow({ organizationId: organization, deadline: { lt: new Date("2026-01-08") } });
    expect(model).toHaveLength(3);
    expect(window.map((row) => row.concern)).toEqual(model);
    expect(window.map((row) => row.memberIds)).toEqual(model.map((row) => (row.familyId ? members : [])));
    const summary = { id: client, firstName: "W", lastName: "Window", birthDate: new Date("2010-06-01") };
    expect(window.map((row) => row.client)).toEqual(model.map((row) => (row.clientId ? summary : null)));
  });

  it("narrows by each bound and scope, and goes on after a position", async () => {
    const scope = { organizationId: null, teamId: team, responsibleProfessionalId: null };
    const days = { gte: LocalDate.parse("2026-01-02")!, lte: LocalDate.parse("2026-01-09")! };
    const model = await modelWindow({ teamId: team, deadline: { gte: new Date("2026-01-02"), lte: new Date("2026-01-09") } });
    expect(model).toHaveLength(2);
    expect((await concernWindowWithDeadline(prisma, scope, days, 100)).map((row) => row.concern)).toEqual(model);
    expect((await concernWindowWithDeadline(prisma, scope, days, 1)).map((row) => row.concern)).toEqual(model.slice(0, 1));
    expect((await concernWindowWithDeadline(prisma, scope, days, 100, model[0]!)).map((row) => row.concern)).toEqual(
      model.slice(1),
    );
  });
});
