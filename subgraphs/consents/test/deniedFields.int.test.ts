import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLogger } from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway } from "@silta/gateway";
import { clientsSubgraph } from "@silta/clients";
import { fitSubgraph } from "@silta/fit";
import { teamsSubgraph } from "@silta/teams";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

const root = join(__dirname, "..", "..", "..");
const clientQuery = `query ($id: ID!) {
  client(id: $id) { id firstName lastName language concerns { id } servicePlan { id } teams { id } consents { purpose } }
}`;
type ClientData = {
  client: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    language: string | null;
    concerns: unknown[] | null;
    teams: unknown[] | null;
    consents: { purpose: string }[] | null;
  } | null;
};
interface Answer<Data> {
  data?: Data | null;
  errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Through the real gateway over the real clients, teams and consents subgraphs, deciding with the
 * consents service: a field the viewer may not see is null with FORBIDDEN at its own path, and the
 * client and its other fields, from every subgraph, are still there.
 */
describe("a denied field through the gateway", () => {
  const databases: TestDatabase[] = [];
  const harnesses: SubgraphHarness[] = [];
  let world: AccessWorld;
  let issuer: DevTokenIssuer;
  let gateway: Gateway;
  let url: string;
  let client: string;
  /**
   * A client whose consent covers concerns, with a ban of the child protection service task's concerns.
   * (Without categories the ban would cover every category, and untagged ones, basic details among
   * them, fail closed: the whole client would be hidden.)
   */
  let banned: string;
  const concernIds: Record<string, string> = {};
  /** A client authorised to act on the second client's (Eetu's) behalf, for his consents only. */
  const agent = randomUUID();

  beforeAll(async () => {
    const [consentsDb, clientsDb, teamsDb, fitDb] = await Promise.all([
      createTestDatabase("denied_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("denied_clients", clientsSubgraph.migrationsDir),
      createTestDatabase("denied_teams", teamsSubgraph.migrationsDir),
      createTestDatabase("denied_fit", fitSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!, teamsDb!, fitDb!);
    world = await buildAccessWorld(consentsDb!.database.sql, 2);
    [client, banned] = world.clients as [string, string];
    const accessPolicy = new AccessService({ prisma: createPrisma(consentsDb!.database), timeZone: "Europe/Helsinki" }).policy();
    const [consents, clients, teams, fit] = await Promise.all([
      startSubgraph(consentsSubgraph, consentsDb!.database),
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy }),
      startSubgraph(teamsSubgraph, teamsDb!.database, { accessPolicy }),
      startSubgraph(fitSubgraph, fitDb!.database, { accessPolicy }),
    ]);
    harnesses.push(consents!, clients!, teams!, fit!);
    const worker = professional(world.county, { id: world.socialWorker });
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
      worker,
    );
    expect(created.errors).toBeUndefined();
    // The client's consent names the city and covers basic details only.
    const consent = await consents!.query(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId: client,
          recipientOrganizationIds: [world.city],
          categories: ["BASIC"],
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-7",
          validFrom: "2020-01-01",
        },
      },
      worker,
    );
    expect(consent.errors).toBeUndefined();

    await clients!.query(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`,
      {
        input: {
          id: banned,
          temporaryIdentifier: `T-${banned}`,
          firstName: "Eetu",
          lastName: "Virtanen",
          controllerOrganizationId: world.county,
        },
      },
      worker,
    );
    for (const service of ["child_protection", "family_social_work"]) {
      const raised = await clients!.query<{ raiseConcern: { id: string } }>(
        `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
        { input: { clientId: banned, description: `Concern in ${service}`, service, organizationId: world.county } },
        worker,
      );
      expect(raised.errors).toBeUndefined();
      concernIds[service] = raised.data!.raiseConcern.id;
    }
    const sharing = await consents!.query(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId: banned,
          recipientOrganizationIds: [world.city],
          categories: ["BASIC", "CONCERNS"],
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-8",
          validFrom: "2020-01-01",
        },
      },
      worker,
    );
    expect(sharing.errors).toBeUndefined();
    const ban = await consents!.query(
      `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`,
      {
        input: {
          clientId: banned,
          kind: "SERVICE_TASK",
          serviceTask: "child_protection",
          categories: ["CONCERNS"],
          reason: "Client's wish",
        },
      },
      worker,
    );
    expect(ban.errors).toBeUndefined();
    // Someone authorised to act on Eetu's behalf for his consents only: not his basic details.
    const authorisation = await consents!.query(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId: banned,
          kind: "ACTING_ON_BEHALF",
          agentId: agent,
          agentKind: "CLIENT",
          allowedActions: ["VIEW_DATA"],
          categories: ["CONSENTS"],
          purpose: "His father keeps track of his consents",
          form: "WRITTEN",
          evidenceReference: "POA-9",
          validFrom: "2020-01-01",
          validUntil: "2099-12-31",
        },
      },
      worker,
    );
    expect(authorisation.errors).toBeUndefined();

    issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl: readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: { consents: consents!.url, clients: clients!.url, teams: teams!.url, fit: fit!.url },
      verifier: issuer.verifier,
      viewerKey: testViewerKey,
      log: createLogger({ service: "gateway", level: "silent" }),
      metrics: false,
    });
    url = await gateway.start(0);
    // Four schemas, four subgraphs and a gateway: allow for a loaded machine.
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(harnesses.map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  const ask = async <Data = ClientData>(
    claims: Record<string, unknown>,
    query = clientQuery,
    variables: Record<string, unknown> = { id: client },
  ): Promise<Answer<Data>> => {
    const token = await issuer.issue(claims as never);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<Data>;
  };
  const curatorClaims = () => ({
    sub: world.curator,
    silta_kind: "professional",
    silta_org: world.city,
    roles: ["school_curator"],
  });

  it("answers the curator's denied fields null with FORBIDDEN at each path, and the rest of the client intact", async () => {
    const { data, errors } = await ask({
      sub: world.curator,
      silta_kind: "professional",
      silta_org: world.city,
      roles: ["school_curator"],
    });
    expect(data?.client).toEqual({
      id: client,
      firstName: "Aino",
      lastName: "Virtanen",
      language: "fi",
      concerns: null,
      servicePlan: null,
      teams: null,
      consents: null,
    });
    const forbidden = (errors ?? [])
      .filter((error) => error.extensions?.["code"] === "FORBIDDEN")
      .map((error) => error.path?.join("."))
      .sort();
    expect(forbidden).toEqual(["client.concerns", "client.consents", "client.servicePlan", "client.teams"]);
  });

  it("answers the responsible worker every field, without errors", async () => {
    const { data, errors } = await ask({
      sub: world.socialWorker,
      silta_kind: "professional",
      silta_org: world.county,
      roles: ["social_worker"],
    });
    expect(errors).toBeUndefined();
    expect(data?.client).toMatchObject({ firstName: "Aino", concerns: [], teams: [], consents: [{ purpose: "School work" }] });
  });

  it("applies a ban of a service task's data to that task's concerns only: the curator sees the other task's", async () => {
    type Concerns = { client: { firstName: string | null; concerns: { id: string; service: string }[] | null } | null };
    const listed = await ask<Concerns>(
      curatorClaims(),
      `query ($id: ID!) { client(id: $id) { firstName concerns { id service } } }`,
      {
        id: banned,
      },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.client).toEqual({
      firstName: "Eetu",
      concerns: [{ id: concernIds["family_social_work"], service: "family_social_work" }],
    });
    const one = `query ($id: ID!) { concern(id: $id) { id } }`;
    const bannedOne = await ask<{ concern: unknown }>(curatorClaims(), one, { id: concernIds["child_protection"] });
    expect(bannedOne.data?.concern ?? null).toBeNull();
    expect(bannedOne.errors?.[0]).toMatchObject({ path: ["concern"], extensions: { code: "FORBIDDEN" } });
    const allowedOne = await ask<{ concern: { id: string } }>(curatorClaims(), one, { id: concernIds["family_social_work"] });
    expect(allowedOne.errors).toBeUndefined();
    expect(allowedOne.data?.concern.id).toBe(concernIds["family_social_work"]);
  });

  it("gives an agent acting on the client's behalf what the authorisation covers, and null with FORBIDDEN at the rest", async () => {
    const { data, errors } = await ask({ sub: agent, silta_kind: "client" }, clientQuery, { id: banned });
    expect(data?.client).toMatchObject({
      id: banned,
      firstName: null,
      lastName: null,
      language: null,
      concerns: null,
      servicePlan: null,
      teams: null,
    });
    expect(data?.client?.consents?.map((consent) => consent.purpose).sort()).toEqual([
      "His father keeps track of his consents",
      "School work",
    ]);
    const forbidden = (errors ?? [])
      .filter((error) => error.extensions?.["code"] === "FORBIDDEN")
      .map((error) => error.path?.join("."))
      .sort();
    expect(forbidden).toEqual([
      "client.concerns",
      "client.firstName",
      "client.language",
      "client.lastName",
      "client.servicePlan",
      "client.teams",
    ]);
  });

  it("answers a client with no basis, and the agent asking another id, exactly as for a client that does not exist", async () => {
    const withoutRequestId = (answer: Answer<ClientData>) =>
      JSON.stringify(answer).replace(/"requestId":"[^"]*"/g, '"requestId":""');
    const stranger = { sub: randomUUID(), silta_kind: "client" };
    const hidden = await ask(stranger);
    expect(hidden.data?.client ?? null).toBeNull();
    expect(hidden.errors).toEqual([
      expect.objectContaining({ path: ["client"], extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    ]);
    const missing = await ask(stranger, clientQuery, { id: randomUUID() });
    const agentsOther = await ask({ sub: agent, silta_kind: "client" });
    expect(withoutRequestId(missing)).toBe(withoutRequestId(hidden));
    expect(withoutRequestId(agentsOther)).toBe(withoutRequestId(hidden));
  });

  it("gives a unit manager aggregates (the FIT outcome report) but not a client's name", async () => {
    type Report = { fitOutcomeReport: { suppressed: boolean }[] | null; client: unknown };
    const { data, errors } = await ask<Report>(
      { sub: "manager-1", silta_kind: "professional", silta_org: world.county, roles: ["manager"] },
      `query ($id: ID!) {
        fitOutcomeReport(dimension: TEAM, from: "2026-01-01", to: "2026-12-31") { suppressed }
        client(id: $id) { firstName }
      }`,
    );
    expect(Array.isArray(data?.fitOutcomeReport)).toBe(true);
    expect(data?.client ?? null).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        path: ["client"],
        extensions: expect.objectContaining({ code: "FORBIDDEN", reason: "aggregates_only" }),
      }),
    ]);
  });
});
