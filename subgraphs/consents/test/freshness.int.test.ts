import { randomUUID } from "node:crypto";
import { InProcessEventBus, remoteAccessPolicy, streamOf, type Viewer } from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { clientsSubgraph } from "@silta/clients";
import { fitSubgraph } from "@silta/fit";
import { teamsSubgraph } from "@silta/teams";
import { consentsSubgraph } from "../src";
import { ACCESS_ENDPOINT_PATH } from "../src/access/accessEndpoint";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

/** The 5-second bound of the issue: a change must decide every subgraph's next requests within it. */
const BOUND_MS = 5_000;

/** One client-data field per subgraph, asked the way the gateway asks it (an entity reference). */
const probes = {
  clients: "firstName",
  teams: "teams { id }",
  fit: "fitEpisodes { edges { node { id } } }",
} as const;
type Probed = keyof typeof probes;

/**
 * Servers mode: clients, teams and fit decide over HTTP with the consents service (as with
 * CONSENTS_ACCESS_URL). No layer keeps a decision beyond its request (the guard's loader lives for
 * one request; the service and the remote policy keep none), so a consent revoked, a ban recorded or
 * lifted, or a team membership ended decides the next request of every subgraph, well within 5 s.
 */
describe("freshness of access decisions across subgraphs", () => {
  const databases: TestDatabase[] = [];
  const bus = new InProcessEventBus();
  let consents: SubgraphHarness;
  let subgraphs: Record<Probed, SubgraphHarness>;
  let world: AccessWorld;
  let client: string;
  let consentId: string;

  beforeAll(async () => {
    const [consentsDb, clientsDb, teamsDb, fitDb] = await Promise.all([
      createTestDatabase("fresh_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("fresh_clients", clientsSubgraph.migrationsDir),
      createTestDatabase("fresh_teams", teamsSubgraph.migrationsDir),
      createTestDatabase("fresh_fit", fitSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!, teamsDb!, fitDb!);
    world = await buildAccessWorld(consentsDb!.database.sql, 1);
    client = world.clients[0]!;
    consents = await startSubgraph(consentsSubgraph, consentsDb!.database, { bus });
    const accessPolicy = remoteAccessPolicy({
      url: consents.url.replace(/\/graphql$/, ACCESS_ENDPOINT_PATH),
      key: testViewerKey,
    });
    const [clients, teams, fit] = await Promise.all([
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy }),
      startSubgraph(teamsSubgraph, teamsDb!.database, { accessPolicy }),
      startSubgraph(fitSubgraph, fitDb!.database, { accessPolicy }),
    ]);
    subgraphs = { clients: clients!, teams: teams!, fit: fit! };
    const created = await clients!.query(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`,
      {
        input: {
          id: client,
          temporaryIdentifier: `T-${client}`,
          firstName: "Aino",
          lastName: "Virtanen",
          controllerOrganizationId: world.county,
        },
      },
      worker(),
    );
    expect(created.errors).toBeUndefined();
    // Warm every subgraph up once, so the timings below measure decisions, not first-request start-up.
    await curatorSees();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(Object.values(subgraphs ?? {}).map((harness) => harness.stop()));
    await consents?.stop();
    await Promise.all(databases.map((database) => database.drop()));
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const curator = (): Viewer => professional(world.city, { id: world.curator, roles: ["school_curator"] });

  /** What each subgraph answers the curator now: true when the field came back, false when FORBIDDEN. */
  async function curatorSees(): Promise<Record<Probed, boolean>> {
    const answers = await Promise.all(
      (Object.keys(probes) as Probed[]).map(async (name) => {
        const response = await subgraphs[name].query<{ _entities: (Record<string, unknown> | null)[] }>(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ${probes[name]} } } }`,
          { r: [{ __typename: "Client", id: client }] },
          curator(),
        );
        const forbidden = (response.errors ?? []).some((error) => error.extensions?.["code"] === "FORBIDDEN");
        if (response.errors && !forbidden) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
        return [name, !forbidden] as const;
      }),
    );
    return Object.fromEntries(answers) as Record<Probed, boolean>;
  }
  const everywhere = (value: boolean) => ({ clients: value, teams: value, fit: value });

  /** Makes the change, then asks until every subgraph answers `expected`; returns how long that took. */
  async function timeUntil(expected: boolean, change: () => Promise<unknown>): Promise<number> {
    const started = Date.now();
    await change();
    for (;;) {
      const seen = await curatorSees();
      if (JSON.stringify(seen) === JSON.stringify(everywhere(expected))) return Date.now() - started;
      if (Date.now() - started > BOUND_MS) throw new Error(`still ${JSON.stringify(seen)} after ${BOUND_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const response = await consents.query<Record<string, { id: string }>>(query, variables, worker());
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0]!.id;
  };

  it("opens every subgraph at once when the consent is recorded (nothing remembers the earlier denial)", async () => {
    expect(await curatorSees()).toEqual(everywhere(false));
    const elapsed = await timeUntil(true, async () => {
      consentId = await mutate(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
        input: {
          clientId: client,
          recipientOrganizationIds: [world.city],
          categories: ["BASIC", "TEAM", "FIT"],
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-11",
          validFrom: "2020-01-01",
        },
      });
    });
    expect(elapsed).toBeLessThan(BOUND_MS);
  });

  it("closes every subgraph when a ban is recorded, and opens them again when it is lifted", async () => {
    let banId = "";
    const banned = await timeUntil(false, async () => {
      banId = await mutate(`mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`, {
        input: { clientId: client, kind: "ORGANIZATION", organizationId: world.city },
      });
    });
    expect(banned).toBeLessThan(BOUND_MS);
    const lifted = await timeUntil(true, () => mutate(`mutation ($id: ID!) { liftBan(id: $id) { id } }`, { id: banId }));
    expect(lifted).toBeLessThan(BOUND_MS);
  });

  it("closes every subgraph when the curator leaves the client's team (a teams event, projected)", async () => {
    const elapsed = await timeUntil(false, () =>
      bus.publish(streamOf("teams"), [
        {
          id: randomUUID(),
          type: "team.member_removed",
          source: "teams",
          aggregateType: "Team",
          aggregateId: world.team,
          occurredAt: new Date().toISOString(),
          actorId: "test",
          schemaVersion: 1,
          data: { teamId: world.team, professionalId: world.curator, until: "2021-01-01" },
        },
      ]),
    );
    expect(elapsed).toBeLessThan(BOUND_MS);
  });

  it("keeps every subgraph closed after the consent is revoked, even once the curator is back on the team", async () => {
    await timeUntil(true, () =>
      databases[0]!.database.sql.query(`UPDATE access_team_member SET until = NULL WHERE team_id = $1 AND professional_id = $2`, [
        world.team,
        world.curator,
      ]),
    );
    const elapsed = await timeUntil(false, () =>
      mutate(`mutation ($id: ID!) { revokeConsent(id: $id) { id } }`, { id: consentId }),
    );
    expect(elapsed).toBeLessThan(BOUND_MS);
  });
});
