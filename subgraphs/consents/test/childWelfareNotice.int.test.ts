import { todayIn, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { demoIds } from "@silta/hub/demo";
import { clientsDemoSql } from "@silta/hub/demoSql/clients";
import { consentsDemoSql, seedDemoAccess } from "@silta/hub/demoSql/consents";
import { clientsSubgraph } from "@silta/clients";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { logRows } from "./accessWorld";

const raise = `mutation ($input: RaiseConcernInput!) {
  raiseConcern(input: $input) { id kind status deadline client { firstName } }
}`;
const myNotices = `query { myChildWelfareNotices { id clientId description acknowledged } }`;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * A child welfare notice (lastensuojeluilmoitus) in the demo county: the city's school curator, who
 * has no consent covering Eetu's concerns, may raise one about him (the law obliges him to), and
 * learns nothing from it but his own notice and whether it was acknowledged.
 */
describe("a child welfare notice raised by any professional", () => {
  const databases: TestDatabase[] = [];
  let clients: SubgraphHarness;
  let consentsSql: TestDatabase["database"]["sql"];
  let prisma: PrismaClient;
  const { organizations: org, professionals: pro, clients: client } = demoIds;
  // A day inside every demo period (consents, guardianship), so the test does not age with the calendar.
  const now = () => new Date("2026-11-23T10:00:00Z");
  const viewer = (id: string, organizationId: string, roles: string[]): Viewer => professional(organizationId, { id, roles });
  const curator = viewer(pro.schoolCurator, org.cityEducation, ["school_curator"]);
  const familyWorker = viewer(pro.familyWorker, org.ngo, ["family_worker"]);
  const socialWorker = viewer(pro.socialWorker, org.familySocialServices, ["social_worker"]);
  const notice = (clientId: string, description: string, extra: Record<string, unknown> = {}) => ({
    kind: "CHILD_WELFARE_NOTICE",
    clientId,
    description,
    service: "child_protection",
    organizationId: org.childProtection,
    ...extra,
  });

  beforeAll(async () => {
    const [consentsDb, clientsDb] = await Promise.all([
      createTestDatabase("notice_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("notice_clients", clientsSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!);
    await consentsDb!.database.sql.transaction((sql) => sql.exec(consentsDemoSql));
    await seedDemoAccess(consentsDb!.database);
    await clientsDb!.database.sql.transaction((sql) => sql.exec(clientsDemoSql));
    consentsSql = consentsDb!.database.sql;
    prisma = createPrisma(consentsDb!.database);
    const accessPolicy = new AccessService({ prisma, timeZone: "Europe/Helsinki", now }).policy();
    clients = await startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy });
  });

  afterAll(async () => {
    await clients?.stop();
    await Promise.all(databases.map((database) => database.drop()));
  });

  it("still refuses the school curator an ordinary concern about Eetu, which needs a consent covering concerns", async () => {
    const ordinary = (await clients.query(
      raise,
      { input: { ...notice(client.eetu, "Tired at school"), kind: "CONCERN" } },
      curator,
    )) as Answer;
    expect(ordinary.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", category: "concerns" });
  });

  it("lets the school curator raise a child welfare notice about Eetu with no consent, logged with its basis, answering only the notice", async () => {
    const raised = (await clients.query(raise, { input: notice(client.eetu, "Bruises seen at school") }, curator)) as Answer;
    expect(raised.errors).toBeUndefined();
    // His consent from Aino covers Eetu's basic details, so the name is his to see; the rest is his own notice.
    expect(raised.data!["raiseConcern"]).toMatchObject({
      kind: "CHILD_WELFARE_NOTICE",
      status: "RAISED",
      client: { firstName: "Eetu" },
    });
    expect(await logRows(consentsSql, { viewerId: pro.schoolCurator, clientId: client.eetu })).toContainEqual(
      expect.objectContaining({ category: "concerns", action: "notify", outcome: "allowed", basis: "child_welfare_notice" }),
    );
  });

  it("gives a raiser with no consent nothing else: not the child's name, not the notice by id, not the child's concerns", async () => {
    const raised = (await clients.query(
      raise,
      { input: notice(client.eetu, "Seen alone late at night") },
      familyWorker,
    )) as Answer;
    expect(raised.data!["raiseConcern"]).toMatchObject({ kind: "CHILD_WELFARE_NOTICE", client: null });
    expect(raised.errors?.map((error) => [error.path?.join("."), error.extensions?.["code"]])).toEqual([
      ["raiseConcern.client", "FORBIDDEN"],
    ]);
    const id = raised.data!["raiseConcern"].id as string;
    const after = (await clients.query(
      `query ($id: ID!, $eetu: ID!) { concern(id: $id) { description } client(id: $eetu) { firstName concerns { id } } }`,
      { id, eetu: client.eetu },
      familyWorker,
    )) as Answer;
    // Eetu is hidden from him whole: the same answer as for an id that names nobody.
    expect(after.data).toEqual({ concern: null, client: null });
    expect(JSON.stringify(after)).not.toMatch(/Eetu|Bruises|alone/);
  });

  it("shows each raiser their own notices only, and whether child protection acknowledged them", async () => {
    const mine = (await clients.query(myNotices, {}, curator)) as Answer;
    expect(mine.errors).toBeUndefined();
    expect(mine.data!["myChildWelfareNotices"]).toEqual([
      expect.objectContaining({ clientId: client.eetu, description: "Bruises seen at school", acknowledged: false }),
    ]);
    const { id } = (mine.data!["myChildWelfareNotices"] as { id: string }[])[0]!;
    const reacted = (await clients.query(
      `mutation ($input: ReactToConcernInput!) { reactToConcern(input: $input) { status } }`,
      {
        input: {
          concernId: id,
          meetingOn: todayIn("Europe/Helsinki"),
          attendingProfessionalIds: [pro.socialWorker],
          attendingClientIds: [client.eetu],
          responsibleProfessionalId: pro.socialWorker,
        },
      },
      socialWorker,
    )) as Answer;
    expect(reacted.errors).toBeUndefined();
    const after = (await clients.query(myNotices, {}, curator)) as Answer;
    expect(after.data!["myChildWelfareNotices"]).toEqual([expect.objectContaining({ id, acknowledged: true })]);
    expect(JSON.stringify(after)).not.toMatch(/alone/);
  });

  it("logs a notice about an adult once, as refused (not_a_minor), and answers an id nobody has the same way", async () => {
    const before = (await logRows(consentsSql, { viewerId: familyWorker.id })).length;
    const adult = (await clients.query(raise, { input: notice(client.juho, "Worried about dad") }, familyWorker)) as Answer;
    const entries = (await logRows(consentsSql, { viewerId: familyWorker.id })).slice(before);
    expect(entries.map((entry) => [entry.client_id, entry.action, entry.outcome, entry.basis])).toEqual([
      [client.juho, "notify", "denied", "not_a_minor"],
    ]);
    const nobody = (await clients.query(
      raise,
      { input: notice("0d000000-0000-4000-8000-0000000000ff", "Worried about dad") },
      familyWorker,
    )) as Answer;
    const shape = (answer: Answer) => answer.errors?.map((error) => [error.message, { ...error.extensions, requestId: null }]);
    expect(shape(nobody)).toEqual(shape(adult));
  });

  it("refuses a notice about an adult, a notice naming a team, and a notice raised by a client", async () => {
    const adult = (await clients.query(raise, { input: notice(client.juho, "Worried") }, curator)) as Answer;
    expect(adult.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.clientId", rule: "not_a_minor" });
    const withTeam = (await clients.query(
      raise,
      { input: notice(client.eetu, "Worried", { teamId: demoIds.teams.virtanenClientTeam }) },
      curator,
    )) as Answer;
    expect(withTeam.errors?.[0]?.extensions).toMatchObject({ field: "input.teamId", rule: "not_for_notice" });
    const byClient = (await clients.query(
      raise,
      { input: notice(client.eetu, "Worried") },
      { id: client.aino, kind: "client", roles: [], scopes: [] },
    )) as Answer;
    expect(byClient.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "professionals_only" });
  });
});
