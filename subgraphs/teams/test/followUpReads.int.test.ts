import { randomUUID } from "node:crypto";
import {
  AccessGuard,
  DataCategory,
  remoteAccessPolicy,
  signViewer,
  VIEWER_HEADER,
  type AccessPolicy,
  type Viewer,
} from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { ACCESS_ENDPOINT_PATH, consentsSubgraph } from "@silta/consents";
import { buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

const caseload = `query ($id: ID!) { mine: professional(id: $id) { responsibleFor(first: 2) { edges { node { id } } } } }`;

/**
 * The gateway's follow-up reads in the teams subgraph, with the consents service over HTTP (docs/access.md,
 * "Follow-up reads"): a caseload's page decides and logs, in its one call, what the request's later
 * fetches read of the page's clients, and only for the list at the path the gateway named.
 */
describe("a teams list decides the request's follow-up reads of its page", () => {
  const databases: TestDatabase[] = [];
  let world: AccessWorld;
  let consents: SubgraphHarness;
  let teams: SubgraphHarness;
  let policy: AccessPolicy;
  let prisma: PrismaClient;
  let worker: Viewer;
  const caseloadOwner = randomUUID();

  beforeAll(async () => {
    const [consentsTest, teamsTest] = await Promise.all([
      createTestDatabase("followups_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("followups_teams", teamsSubgraph.migrationsDir),
    ]);
    databases.push(consentsTest!, teamsTest!);
    world = await buildAccessWorld(consentsTest!.database.sql, 3);
    worker = professional(world.county, { id: world.socialWorker });
    consents = await startSubgraph(consentsSubgraph, consentsTest!.database);
    policy = remoteAccessPolicy({ url: new URL(ACCESS_ENDPOINT_PATH, consents.url).href, key: testViewerKey });
    teams = await startSubgraph(teamsSubgraph, teamsTest!.database, {
      controllerOrganizationIds: [world.county],
      accessPolicy: policy,
    });
    prisma = createPrisma(teamsTest!.database);
    await prisma.organization.create({
      data: { id: world.county, name: "County", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
    });
    await prisma.professional.create({
      data: {
        id: caseloadOwner,
        firstName: "Sanna",
        lastName: "Sosiaalityontekija",
        profession: "social worker",
        organizationId: world.county,
      },
    });
    // Three clients the worker may see and one nobody in the projection knows, in the owner's caseload.
    await prisma.responsibleWorker.createMany({
      data: [...world.clients, randomUUID()].map((clientId) => ({
        id: randomUUID(),
        clientId,
        professionalId: caseloadOwner,
        since: new Date("2020-01-01"),
        isCurrent: true,
      })),
    });
  }, 120_000);

  afterAll(async () => {
    await teams?.stop();
    await consents?.stop();
    await prisma?.$disconnect();
    await Promise.all(databases.map((database) => database.drop()));
  });

  /** The caseload query as the gateway sends it to teams: the viewer signed with the request's scope, the follow-up reads in `extensions`. */
  async function askCaseload(requestId: string, scope: string, extensions?: Record<string, unknown>) {
    const response = await fetch(teams.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": requestId,
        [VIEWER_HEADER]: await signViewer(worker, testViewerKey, "teams", 60, scope),
      },
      body: JSON.stringify({ query: caseload, variables: { id: caseloadOwner }, ...(extensions ? { extensions } : {}) }),
    });
    const answer = (await response.json()) as {
      data: { mine: { responsibleFor: { edges: { node: { id: string } }[] } } };
      extensions?: { decidedReads?: string[] };
    };
    lastReceipts = answer.extensions?.decidedReads;
    return answer.data.mine.responsibleFor.edges.map((edge) => edge.node.id);
  }
  /** The receipts teams' last answer carried for the request's later fetches. */
  let lastReceipts: string[] | undefined;
  const entriesOf = async (requestId: string) =>
    (await logRows(databases[0]!.database.sql, { viewerId: world.socialWorker }))
      .filter((row) => row.request_id === requestId)
      .map((row) => [row.client_id, row.category, row.source]);

  it("logs the page's clients once each, with the list's category and the follow-up reads, and answers the later reads from them", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    const shown = await askCaseload(requestId, scope, {
      followUpReads: [{ path: ["mine", "responsibleFor", "edges", "@", "node"], categories: ["basic", "fit"] }],
    });
    expect(shown).toHaveLength(2);
    expect(await entriesOf(requestId)).toEqual(
      shown.flatMap((id) => ["team", "basic", "fit"].map((category) => [id, category, "teams"])),
    );

    // The clients subgraph's later call in the same request: answered, nothing logged again.
    const later = new AccessGuard({
      viewer: worker,
      policy,
      log: { append: async () => undefined },
      requestId,
      source: "clients",
      scope,
    });
    await expect(later.filterAllowed(shown, DataCategory.Basic)).resolves.toEqual(new Set(shown));
    expect(await entriesOf(requestId)).toHaveLength(6);
  });

  it("hands the later fetches the consents service's receipt: they answer the page's reads without a call", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    const shown = await askCaseload(requestId, scope, {
      followUpReads: [{ path: ["mine", "responsibleFor", "edges", "@", "node"], categories: ["basic", "fit"] }],
    });
    expect(lastReceipts).toEqual([expect.any(String)]);
    let calls = 0;
    const counting: AccessPolicy = {
      ...policy,
      decideAndLog: (...args) => ((calls += 1), policy.decideAndLog!(...args)),
    };
    const later = (receiptScope: string) => {
      const guard = new AccessGuard({
        viewer: worker,
        policy: counting,
        log: { append: async () => undefined },
        requestId,
        source: "fit",
        scope: receiptScope,
        receiptKey: testViewerKey,
      });
      guard.acceptDecidedReads(lastReceipts);
      return guard;
    };
    // The fit subgraph's latest scores of one service task: answered by the receipt's read of the whole category.
    const fit = later(scope);
    await expect(fit.filterAllowed(shown, DataCategory.Fit, "read", "child_protection")).resolves.toEqual(new Set(shown));
    await expect(fit.filterAllowed(shown, DataCategory.Basic)).resolves.toEqual(new Set(shown));
    expect(calls).toBe(0);
    // A read the page did not decide is asked; a receipt of another request's scope answers nothing.
    await fit.assert(shown[0]!, DataCategory.Contact);
    await later(randomUUID().replaceAll("-", "")).filterAllowed(shown, DataCategory.Basic);
    expect(calls).toBe(2);
  });

  it.each([
    ["no follow-up reads", undefined],
    [
      "reads of another path (the response key, not the field's name, is the path)",
      { followUpReads: [{ path: ["professional", "responsibleFor", "edges", "@", "node"], categories: ["fit"] }] },
    ],
    [
      "a malformed list",
      { followUpReads: [{ path: ["mine", "responsibleFor", "edges", "@", "node"], categories: ["everything"] }] },
    ],
  ])("decides the list's own category only with %s", async (_, extensions) => {
    const requestId = randomUUID();
    const shown = await askCaseload(requestId, randomUUID().replaceAll("-", ""), extensions);
    expect(await entriesOf(requestId)).toEqual(shown.map((id) => [id, "team", "teams"]));
  });
});
