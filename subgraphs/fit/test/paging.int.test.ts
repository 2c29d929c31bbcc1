import { randomUUID } from "node:crypto";
import { encodeCursor } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { csvOf, firstError, importMutation, type ImportRow } from "./fitHelpers";

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface EpisodeNode {
  id: string;
  startedOn: string;
  sessions: Page<{ heldOn: string }>;
}

describe("cursor paging of a client's episodes and an episode's sessions", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const worker = professional(county);
  const [alice, bob] = [randomUUID(), randomUUID()];
  const clinician = randomUUID();

  /** Alice: episodes starting 2025-09-01, -10-01, -11-01, -12-01 with 3 sessions each; Bob: one episode, one session. */
  function rows(): ImportRow[] {
    const row = (client: string, episode: string, start: string, session: number, day: string): ImportRow => ({
      episode_id: `${episode}-${client}`,
      client_id: client,
      client_birth_date: "1980-06-01",
      owner_professional_id: clinician,
      episode_start: start,
      session_id: `${episode}-${session}-${client}`,
      session_date: day,
      session_mode: "face_to_face",
      professional_id: clinician,
      rater: "client",
      outcome_instrument: "ORS",
      outcome_total: 20 + session,
      rating_instrument: "SRS",
      rating_total: 38,
    });
    const months = ["09", "10", "11", "12"];
    return [
      ...months.flatMap((month, index) =>
        [1, 2, 3].map((session) => row(alice, `E${index}`, `2025-${month}-01`, session, `2025-${month}-0${session + 1}`)),
      ),
      row(bob, "B", "2025-10-01", 1, "2025-10-05"),
    ];
  }

  const query = `query ($r: [_Any!]!, $first: Int, $after: String, $sessionsFirst: Int, $sessionsAfter: String) {
    _entities(representations: $r) { ... on Client { id
      fitEpisodes(first: $first, after: $after) {
        edges { cursor node { id startedOn sessions(first: $sessionsFirst, after: $sessionsAfter) {
          edges { cursor node { heldOn } } pageInfo { hasNextPage endCursor } } } }
        pageInfo { hasNextPage endCursor } } } } }`;
  const ask = (clients: string[], variables: Record<string, unknown> = {}) =>
    harness.query<{ _entities: { id: string; fitEpisodes: Page<EpisodeNode> }[] }>(
      query,
      { r: clients.map((id) => ({ __typename: "Client", id })), ...variables },
      worker,
    );

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_paging", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, { controllerOrganizationIds: [county] });
    const imported = await harness.query<{ importFitSessions: { committed: boolean } }>(
      importMutation,
      { input: { format: "CSV", content: csvOf(rows()), skipInvalid: false } },
      worker,
    );
    expect(imported.data?.importFitSessions.committed).toBe(true);
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  it("pages episodes newest first, each client its own pages in one request, until no page follows", async () => {
    const first = await ask([alice, bob], { first: 3 });
    expect(first.errors).toBeUndefined();
    const [mine, bobs] = first.data!._entities;
    expect(mine!.fitEpisodes.edges.map((edge) => edge.node.startedOn)).toEqual(["2025-12-01", "2025-11-01", "2025-10-01"]);
    expect(mine!.fitEpisodes.pageInfo.hasNextPage).toBe(true);
    expect(bobs!.fitEpisodes.edges.map((edge) => edge.node.startedOn)).toEqual(["2025-10-01"]);
    expect(bobs!.fitEpisodes.pageInfo).toEqual({ hasNextPage: false, endCursor: bobs!.fitEpisodes.edges[0]!.cursor });

    const rest = await ask([alice], { first: 3, after: mine!.fitEpisodes.pageInfo.endCursor });
    expect(rest.errors).toBeUndefined();
    expect(rest.data!._entities[0]!.fitEpisodes.edges.map((edge) => edge.node.startedOn)).toEqual(["2025-09-01"]);
    expect(rest.data!._entities[0]!.fitEpisodes.pageInfo.hasNextPage).toBe(false);
  });

  it("pages sessions oldest first, and gives every episode its first 50 by default", async () => {
    const all = await ask([alice], { first: 1 });
    const sessions = all.data!._entities[0]!.fitEpisodes.edges[0]!.node.sessions;
    expect(sessions.edges.map((edge) => edge.node.heldOn)).toEqual(["2025-12-02", "2025-12-03", "2025-12-04"]);
    expect(sessions.pageInfo.hasNextPage).toBe(false);

    const two = await ask([alice], { first: 1, sessionsFirst: 2 });
    const page = two.data!._entities[0]!.fitEpisodes.edges[0]!.node.sessions;
    expect(page.edges.map((edge) => edge.node.heldOn)).toEqual(["2025-12-02", "2025-12-03"]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await ask([alice], { first: 1, sessionsFirst: 2, sessionsAfter: page.pageInfo.endCursor });
    const rest = next.data!._entities[0]!.fitEpisodes.edges[0]!.node.sessions;
    expect(rest.edges.map((edge) => edge.node.heldOn)).toEqual(["2025-12-04"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a page size out of bounds and a cursor it did not give out, naming the field", async () => {
    for (const first of [0, -1, 101])
      expect(firstError(await ask([alice], { first }))).toEqual(["BAD_USER_INPUT", "first", "range"]);
    expect(firstError(await ask([alice], { first: 1, sessionsFirst: 201 }))).toEqual(["BAD_USER_INPUT", "first", "range"]);
    for (const after of [
      "not a cursor",
      encodeCursor(["2025-13-45", randomUUID()]),
      encodeCursor(["2025-10-01", "x"]),
      encodeCursor([1]),
    ])
      expect(firstError(await ask([alice], { after }))).toEqual([
        "BAD_USER_INPUT",
        "after",
        expect.stringMatching(/cursor|uuid/),
      ]);
    const forged = encodeCursor(["2025-10-01", "2025-10-01T00:00:00Z", randomUUID()]);
    expect(firstError(await ask([alice], { first: 1, sessionsAfter: forged }))).toEqual(["BAD_USER_INPUT", "after", "cursor"]);
  });
});
