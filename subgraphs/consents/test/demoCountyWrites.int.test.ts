import type { Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { demoIds } from "@silta/hub/demo";
import { clientsDemoSql } from "@silta/hub/demoSql/clients";
import { consentsDemoSql, seedDemoAccess } from "@silta/hub/demoSql/consents";
import { clientsSubgraph } from "@silta/clients";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { logRows } from "./accessWorld";

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * The reported attacks, replayed on the embedded hub's demo county: the family-centre nurse, on the
 * Virtanen team but with no basis for Juho (non-disclosure order, a relationship with family social
 * services), cannot attach herself to him, lift his ban or record a statutory basis for him; the
 * social worker cannot record a consent for Eetu "given by his guardian" Juho, who is not.
 */
describe("the demo county's write rules against the reported attacks", () => {
  const databases: TestDatabase[] = [];
  let clients: SubgraphHarness;
  let consents: SubgraphHarness;
  let consentsSql: TestDatabase["database"]["sql"];
  let prisma: PrismaClient;
  const { organizations: org, professionals: pro, clients: client } = demoIds;
  const now = () => new Date("2026-11-23T10:00:00Z");
  const nurse: Viewer = professional(org.familyCentre, { id: pro.familyCentreNurse, roles: ["nurse"] });
  const socialWorker: Viewer = professional(org.familySocialServices, { id: pro.socialWorker, roles: ["social_worker"] });
  const juhosBan = "1e000000-0000-4000-8000-000000000001";

  beforeAll(async () => {
    const [consentsDb, clientsDb] = await Promise.all([
      createTestDatabase("demo_writes_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("demo_writes_clients", clientsSubgraph.migrationsDir),
    ]);
    databases.push(consentsDb!, clientsDb!);
    await consentsDb!.database.sql.transaction((sql) => sql.exec(consentsDemoSql));
    await seedDemoAccess(consentsDb!.database);
    await clientsDb!.database.sql.transaction((sql) => sql.exec(clientsDemoSql));
    consentsSql = consentsDb!.database.sql;
    prisma = createPrisma(consentsDb!.database);
    const accessPolicy = new AccessService({ prisma, timeZone: "Europe/Helsinki", now }).policy();
    [clients, consents] = await Promise.all([
      startSubgraph(clientsSubgraph, clientsDb!.database, { accessPolicy }),
      startSubgraph(consentsSubgraph, consentsDb!.database),
    ]);
  });

  afterAll(async () => {
    await Promise.all([clients, consents].filter(Boolean).map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  const reason = (answer: Answer) => answer.errors?.[0]?.extensions?.["reason"];

  it("refuses the family-centre nurse a relationship with Juho, his ban's lifting and a statutory basis for him, logging each", async () => {
    const started = (await clients.query(
      `mutation ($input: StartClientRelationshipInput!) { startClientRelationship(input: $input) { id } }`,
      { input: { clientId: client.juho, organizationId: org.familyCentre, serviceTask: "family_centre", since: "2026-11-01" } },
      nurse,
    )) as Answer;
    // A client she may not see: refused as one nobody has, with no fact of Juho (the log keeps the reason).
    expect(reason(started)).toBeUndefined();
    expect(started.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const lifted = (await consents.query(`mutation ($id: ID!) { liftBan(id: $id) { id } }`, { id: juhosBan }, nurse)) as Answer;
    // A ban she may not see: refused as one nobody has, with no fact of Juho (the log keeps the reason).
    expect(reason(lifted)).toBeUndefined();
    expect(lifted.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const statutory = (await consents.query(
      `mutation ($input: RecordStatutoryBasisInput!) { recordStatutoryBasis(input: $input) { id } }`,
      {
        input: {
          clientId: client.juho,
          recipientOrganizationId: org.ngo,
          categories: ["CONCERNS"],
          legalReference: "none",
          validFrom: "2026-11-01",
        },
      },
      nurse,
    )) as Answer;
    expect(reason(statutory)).toBe("no_client_relationship");
    const denied = (await logRows(consentsSql, { viewerId: pro.familyCentreNurse, clientId: client.juho })).filter(
      (row) => row.action === "grant" && row.outcome === "denied",
    );
    expect(denied.map((row) => row.source).sort()).toEqual(["clients", "consents", "consents"]);
    const read = (await clients.query(
      `query ($id: ID!) { client(id: $id) { firstName } }`,
      { id: client.juho },
      nurse,
    )) as Answer;
    expect(JSON.stringify(read)).not.toMatch(/Juho/);
  });

  it("refuses the nurse, on the Virtanen team, Eetu's consents too: team membership is not the case", async () => {
    const lifted = (await consents.query(
      `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`,
      { input: { clientId: client.eetu, kind: "ORGANIZATION", organizationId: org.ngo, validFrom: "2026-11-01" } },
      nurse,
    )) as Answer;
    expect(reason(lifted)).toBe("team_member_only");
  });

  it("refuses the social worker a consent for Eetu 'given by his guardian' Juho, and takes one from Aino, his guardian", async () => {
    const input = (givenByClientId: string) => ({
      clientId: client.eetu,
      givenBy: "GUARDIAN",
      givenByClientId,
      recipientOrganizationIds: [org.cityEducation],
      categories: ["SERVICE_PLAN"],
      purpose: "School support",
      form: "WRITTEN",
      evidenceReference: "DEMO-DOC",
      validFrom: "2026-11-01",
      givenAt: "2026-11-01T10:00:00Z",
    });
    const record = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id isActive } }`;
    expect(reason((await consents.query(record, { input: input(client.juho) }, socialWorker)) as Answer)).toBe(
      "giver_not_guardian",
    );
    expect(((await consents.query(record, { input: input(client.aino) }, socialWorker)) as Answer).errors).toBeUndefined();
  });
});
