import { randomUUID } from "node:crypto";
import { todayIn } from "@silta/kernel";
import { startAdversaryHub, TIME_ZONE, type AdversaryHub } from "./support/adversaryHub";

/**
 * A caseload through the running hub (servers mode in one process: the gateway, every subgraph on its
 * own port, the consents service deciding for the others over HTTP): the gateway's follow-up reads let
 * the teams list decide and log the names and latest scores the clients and fit subgraphs then read,
 * one log entry per client with its categories, and those subgraphs' calls are answered from the
 * request's decision scope (docs/access.md, "Follow-up reads, decided with the page"). What the rules
 * deny stays denied, and nothing is logged for a read that is not made.
 */
describe("a caseload through the gateway: one decision, one entry per client", () => {
  let hub: AdversaryHub;
  const county = randomUUID();
  const city = randomUUID();
  const team = randomUUID();
  const worker = randomUUID();
  const curator = randomUUID();
  const clients = [randomUUID(), randomUUID(), randomUUID()].sort();
  const [consented] = clients as [string];
  const tokens: Record<"worker" | "curator", string> = { worker: "", curator: "" };

  const ask = async (viewer: keyof typeof tokens, query: string, variables: Record<string, unknown>) => {
    const requestId = `followups-${randomUUID()}`;
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens[viewer]}`, "x-request-id": requestId },
      body: JSON.stringify({ query, variables }),
    });
    return { requestId, answer: (await response.json()) as { data?: any; errors?: { path?: unknown[]; extensions?: any }[] } };
  };
  /** The request's access log: one row per entry, its client, its source and its items' categories and outcomes. */
  const entriesOf = (requestId: string) =>
    hub.databases["consents"]!.sql.query<{ client_id: string; source: string; items: string[] }>(
      `SELECT client_id, source,
              ARRAY(SELECT i.category || ':' || i.outcome FROM jsonb_to_recordset(items) AS i(category text, outcome text) ORDER BY 1) AS items
         FROM access_log_entries WHERE request_id = $1 ORDER BY client_id, id`,
      [requestId],
    );

  beforeAll(async () => {
    hub = await startAdversaryHub("followups");
    const professional = (sub: string, organization: string, roles: string[]) =>
      hub.issuer.issue({ sub, silta_kind: "professional", silta_org: organization, roles } as never);
    tokens.worker = await professional(worker, county, ["social_worker"]);
    tokens.curator = await professional(curator, city, ["school_curator"]);

    // The access projection as the teams and clients events leave it: the worker responsible for three
    // clients on a team the city's curator is a member of.
    const consents = hub.databases["consents"]!.sql;
    await consents.query(
      `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true), ($2, false)`,
      [county, city],
    );
    await consents.query(
      `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES
         ($1, $2, $3, 'responsible_worker', '2020-01-01'), ($1, $4, $5, 'member', '2020-01-01')`,
      [team, worker, county, curator, city],
    );
    await consents.query(
      `INSERT INTO access_team_client (team_id, client_id, since) SELECT $1, unnest($2::uuid[]), '2020-01-01'`,
      [team, clients],
    );
    await consents.query(
      `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since) SELECT unnest($1::uuid[]), $2, $3, '2020-01-01'`,
      [clients, worker, county],
    );
    await consents.query(
      `INSERT INTO access_client (client_id, controller_organization_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT (client_id) DO NOTHING`,
      [clients, county],
    );
    const teams = hub.databases["teams"]!.sql;
    await teams.query(
      `INSERT INTO organization (id, name, type, is_county_organization) VALUES ($1, 'County', 'COUNTY_SOCIAL_SERVICES', true)`,
      [county],
    );
    await teams.query(
      `INSERT INTO professional (id, first_name, last_name, profession, organization_id) VALUES ($1, 'Sanna', 'Sosiaalityö', 'social_worker', $2)`,
      [worker, county],
    );
    await teams.query(`INSERT INTO team (id, name, kind) VALUES ($1, 'Area team', 'AREA_TEAM')`, [team]);
    await teams.query(`INSERT INTO team_client (team_id, client_id, since) SELECT $1, unnest($2::uuid[]), '2020-01-01'`, [
      team,
      clients,
    ]);
    await teams.query(
      `INSERT INTO responsible_worker (id, client_id, professional_id, since, is_current) SELECT gen_random_uuid(), unnest($1::uuid[]), $2, '2020-01-01', true`,
      [clients, worker],
    );

    const write = async (mutation: string, input: Record<string, unknown>) => {
      const { answer } = await ask("worker", mutation, { input });
      if (answer.errors) throw new Error(`seeding failed: ${JSON.stringify(answer.errors)}`);
    };
    for (const [index, id] of clients.entries())
      await write(`mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`, {
        id,
        firstName: `Etunimi${index}`,
        lastName: `Sukunimi${index}`,
        temporaryIdentifier: `T-${id}`,
        birthDate: "2001-01-01",
        controllerOrganizationId: county,
      });
    // The city's curator may see the first client's basic and team data (a consent), not its FIT data.
    await write(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      clientId: consented,
      recipientOrganizationIds: [city],
      categories: ["BASIC", "TEAM"],
      purpose: "School work",
      form: "WRITTEN",
      evidenceReference: "DOC-1",
      validFrom: "2020-01-01",
    });
    const episode = randomUUID();
    const today = todayIn(TIME_ZONE);
    await write(`mutation ($input: OpenFitEpisodeInput!) { openFitEpisode(input: $input) { id } }`, {
      id: episode,
      clientId: consented,
      ownerProfessionalId: worker,
      startedOn: today,
    });
    await write(`mutation ($input: RecordFitSessionInput!) { recordFitSession(input: $input) { id } }`, {
      episodeId: episode,
      heldOn: today,
      mode: "FACE_TO_FACE",
      measurements: [{ instrument: "ORS", items: [4.2, 5.1, 6.3, 5.8] }],
    });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const caseload = `query ($id: ID!) { professional(id: $id) { responsibleFor(first: 50) { edges { node { id firstName latestOutcome { instrument total } } } } } }`;

  it("logs each client of the caseload once, by the list, with its team, basic and FIT reads, and shows them all", async () => {
    const { requestId, answer } = await ask("worker", caseload, { id: worker });
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.professional.responsibleFor.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.map((node: { id: string }) => node.id)).toEqual(clients);
    expect(nodes.map((node: { firstName: string }) => node.firstName)).toEqual(["Etunimi0", "Etunimi1", "Etunimi2"]);
    expect(nodes[0].latestOutcome).toEqual({ instrument: "ORS", total: expect.any(Number) });
    // Three entries, not nine: the names and scores the other subgraphs read were decided with the page.
    expect(await entriesOf(requestId)).toEqual(
      clients.map((client) => ({ client_id: client, source: "teams", items: ["basic:allowed", "fit:allowed", "team:allowed"] })),
    );
  });

  it("answers two lists' names from one request to the clients subgraph, both decided with their pages", async () => {
    // The names of both lists are two entity fetches to the clients subgraph side by side: the
    // gateway sends them as one request (docs/gateway.md), whose two `_entities` are both answered
    // from the request's decision scope, not decided and logged again by the clients subgraph.
    const twoLists = `query ($id: ID!, $team: ID!) {
      professional(id: $id) { responsibleFor(first: 50) { edges { node { id firstName } } } }
      team(id: $team) { clients(first: 50) { edges { node { id lastName } } } }
    }`;
    const { requestId, answer } = await ask("worker", twoLists, { id: worker, team });
    expect(answer.errors).toBeUndefined();
    expect(
      answer.data.professional.responsibleFor.edges.map((edge: { node: { firstName: string } }) => edge.node.firstName),
    ).toEqual(["Etunimi0", "Etunimi1", "Etunimi2"]);
    expect(answer.data.team.clients.edges.map((edge: { node: { lastName: string } }) => edge.node.lastName)).toEqual([
      "Sukunimi0",
      "Sukunimi1",
      "Sukunimi2",
    ]);
    const entries = await entriesOf(requestId);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((entry) => entry.source))).toEqual(new Set(["teams"]));
    expect(new Set(entries.map((entry) => entry.client_id))).toEqual(new Set(clients));
  });

  it("keeps a denied follow-up read denied, and logged once, for a viewer from outside the county", async () => {
    const areaTeam = `query ($id: ID!) { team(id: $id) { clients(first: 50) { edges { node { id firstName latestOutcome { total } } } } } }`;
    const { requestId, answer } = await ask("curator", areaTeam, { id: team });
    // Only the consented client is on the curator's page: its name, and no FIT data.
    expect(answer.data.team.clients.edges).toEqual([{ node: { id: consented, firstName: "Etunimi0", latestOutcome: null } }]);
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ["team", "clients", "edges", 0, "node", "latestOutcome"],
        extensions: expect.objectContaining({ code: "FORBIDDEN", category: "fit" }),
      }),
    ]);
    expect(await entriesOf(requestId)).toEqual([
      { client_id: consented, source: "teams", items: ["basic:allowed", "fit:denied", "team:allowed"] },
    ]);
  });

  it("logs only the list's own reads when the query's edges are skipped: no names are read", async () => {
    const skipped = `query ($id: ID!, $show: Boolean!) { professional(id: $id) { responsibleFor(first: 50) { edges @include(if: $show) { node { firstName } } pageInfo { hasNextPage } } } }`;
    const requestId = `followups-${randomUUID()}`;
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.worker}`, "x-request-id": requestId },
      body: JSON.stringify({ query: skipped, variables: { id: worker, show: false } }),
    });
    expect(await response.json()).toEqual({ data: { professional: { responsibleFor: { pageInfo: { hasNextPage: false } } } } });
    expect(await entriesOf(requestId)).toEqual(
      clients.map((client) => ({ client_id: client, source: "teams", items: ["team:allowed"] })),
    );
  });
});
