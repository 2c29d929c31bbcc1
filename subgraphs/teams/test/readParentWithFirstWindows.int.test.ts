import { randomUUID } from "node:crypto";
import type { Database, TaggedStatement } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

/**
 * What the subgraph's statements did, in order: `sent <kind>` and `done <kind>`, a kind being the table
 * they read, whether the model API wrote it (`FROM "schema"."team"`) or a hot read (`FROM team`).
 */
function recordingStatements(database: Database): { database: Database; events: string[] } {
  const events: string[] = [];
  const kindOf = (sql: string) =>
    /string_agg/.test(sql)
      ? "window"
      : /FROM (?:"[^"]+"\.)?"?professional"?\s/.test(sql)
        ? "professional"
        : /FROM (?:"[^"]+"\.)?"?team"?\s/.test(sql)
          ? "team"
          : "other";
  const recorded = async <T>(sql: string, send: () => Promise<T>): Promise<T> => {
    const kind = kindOf(sql);
    events.push(`sent ${kind}`);
    try {
      return await send();
    } finally {
      events.push(`done ${kind}`);
    }
  };
  const recording = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (property === "queryRaw")
          return (...args: unknown[]) =>
            recorded((args[0] as { sql: string }).sql, () =>
              (value as (...a: unknown[]) => Promise<unknown>).apply(object, args),
            );
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  const adapter = database.prismaAdapter;
  const prismaAdapter = new Proxy(adapter, {
    get(object, property, receiver) {
      if (property === "connect") return async () => recording(await object.connect());
      const value = Reflect.get(object, property, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
  // The windows are hot reads, sent over the pool beside the adapter (ADR 0015).
  const { readPrepared } = database;
  const hotReads = readPrepared && {
    readPrepared: <Row>(statement: TaggedStatement) => recorded(statement.text, () => readPrepared<Row>(statement)),
  };
  return {
    database: { ...database, prismaAdapter, ...hotReads, describe: () => database.describe(), close: () => database.close() },
    events,
  };
}

type Connection = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * The caseload and the area team page read their professional or team with their list's first
 * window, in one statement: one statement less on the way to their decision call, and still one
 * statement for the window.
 */
describe("the first page's window is read with its team or professional", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  let events: string[];
  const county = randomUUID();
  const worker = randomUUID();
  const team = randomUUID();
  const clients = Array.from({ length: 4 }, () => randomUUID()).sort();
  const viewer = professional(county, { id: worker });
  const since = new Date("2020-01-01");

  beforeAll(async () => {
    testDb = await createTestDatabase("teams_read_ahead", teamsSubgraph.migrationsDir);
    const recorded = recordingStatements(testDb.database);
    events = recorded.events;
    harness = await startSubgraph(teamsSubgraph, recorded.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    await prisma.organization.create({
      data: { id: county, name: "County", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
    });
    await prisma.professional.create({
      data: { id: worker, firstName: "Sanna", lastName: "S", profession: "social worker", organizationId: county },
    });
    await prisma.team.create({ data: { id: team, name: "North area team", kind: "AREA_TEAM" } });
    await prisma.teamClient.createMany({ data: clients.map((clientId) => ({ teamId: team, clientId, since })) });
    await prisma.responsibleWorker.createMany({
      data: clients.map((clientId) => ({ id: randomUUID(), clientId, professionalId: worker, since, isCurrent: true })),
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  async function run(query: string, variables: Record<string, unknown>) {
    events.length = 0;
    const answer = await harness.query<Record<string, { [list: string]: Connection } | null>>(query, variables, viewer);
    expect(answer.errors).toBeUndefined();
    return { data: answer.data!, events: [...events] };
  }

  const page = "edges { node { id } } pageInfo { hasNextPage endCursor }";
  const ids = (connection: Connection | undefined) => connection?.edges.map((edge) => edge.node.id);

  it("reads the caseload's professional with its window, in one statement", async () => {
    const { data, events } = await run(
      `query ($id: ID!) { professional(id: $id) { firstName lastName responsibleFor(first: 500) { ${page} } } }`,
      { id: worker },
    );
    expect(data["professional"]).toMatchObject({ firstName: "Sanna", lastName: "S" });
    expect(ids(data["professional"]?.["responsibleFor"])).toEqual(clients);
    expect(events).toEqual(["sent window", "done window"]);
  });

  it("reads the area team page's team with its window, in one statement", async () => {
    const { data, events } = await run(`query ($id: ID!) { team(id: $id) { name clients(first: 2) { ${page} } } }`, { id: team });
    expect(data["team"]).toMatchObject({ name: "North area team" });
    expect(ids(data["team"]?.["clients"])).toEqual(clients.slice(0, 2));
    expect(events).toEqual(["sent window", "done window"]);
  });

  it("reads the window once however the query names the list: in a fragment or twice, and none for an id in capitals", async () => {
    const queries = [
      `query ($id: ID!) { professional(id: $id) { ...Caseload } } fragment Caseload on Professional { responsibleFor { ${page} } }`,
      `query ($id: ID!) { professional(id: $id) { ... on Professional { a: responsibleFor(first: 1) { ${page} } b: responsibleFor { ${page} } } } }`,
    ];
    for (const query of queries) {
      const { events } = await run(query, { id: worker });
      expect(events.filter((event) => event === "sent window")).toHaveLength(1);
    }
    const upper = await run(`query ($id: ID!) { professional(id: $id) { responsibleFor { ${page} } } }`, {
      id: worker.toUpperCase(),
    });
    // The loaders find rows by their ids as PostgreSQL writes them: in capitals, nobody (as before), and no window read.
    expect(upper.data).toEqual({ professional: null });
    expect(upper.events.filter((event) => event.startsWith("sent"))).toEqual(["sent professional"]);
  });

  it("reads no window the query skips, and reads a later page's window after its professional, as before", async () => {
    const skipped = await run(
      `query ($id: ID!, $no: Boolean!) { professional(id: $id) { id responsibleFor @include(if: $no) { ${page} } } }`,
      { id: worker, no: false },
    );
    expect(skipped.events.filter((event) => event.startsWith("sent"))).toEqual(["sent professional"]);
    const first = await run(`query ($id: ID!) { professional(id: $id) { responsibleFor(first: 2) { ${page} } } }`, {
      id: worker,
    });
    const after = first.data["professional"]!["responsibleFor"]!.pageInfo.endCursor;
    const second = await run(
      `query ($id: ID!, $after: String) { professional(id: $id) { responsibleFor(first: 2, after: $after) { ${page} } } }`,
      { id: worker, after },
    );
    expect(ids(second.data["professional"]?.["responsibleFor"])).toEqual(clients.slice(2));
    expect(second.events).toEqual(["sent professional", "done professional", "sent window", "done window"]);
  });

  it("answers a professional or team nobody has with null, the window read ahead thrown away", async () => {
    const nobody = randomUUID();
    const professionalAnswer = await run(`query ($id: ID!) { professional(id: $id) { responsibleFor { ${page} } } }`, {
      id: nobody,
    });
    const teamAnswer = await run(`query ($id: ID!) { team(id: $id) { clients { ${page} } } }`, { id: nobody });
    expect(professionalAnswer.data).toEqual({ professional: null });
    expect(teamAnswer.data).toEqual({ team: null });
    expect(harness.accessLog.filter((entry) => entry.clientId === nobody)).toEqual([]);
  });
});
