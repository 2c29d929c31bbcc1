import { DataCategory, type Viewer } from "@silta/kernel";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { consentsDemoSql, seedDemoAccess } from "@silta/hub/demoSql/consents";
import { demoIds } from "@silta/hub/demo";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";

/** The embedded hub's demo county decides correctly from its first start: its seed holds the projection. */
describe("the demo county's access decisions", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let service: AccessService;
  const { organizations: org, professionals: pro, clients: client } = demoIds;
  // A day inside every demo period, so the test does not age with the calendar.
  const now = () => new Date("2026-11-23T10:00:00Z");

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_demo", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    await testDb.database.sql.transaction((sql) => sql.exec(consentsDemoSql));
    await seedDemoAccess(testDb.database);
    service = new AccessService({ prisma, timeZone: "Europe/Helsinki", now });
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  const allowedCategories = async (viewer: Viewer, clientId: string) => {
    const categories = Object.values(DataCategory);
    const decisions = await service.decide(
      viewer,
      categories.map((category) => ({ clientId, category, action: "read" as const })),
    );
    return categories.filter((_, index) => decisions[index]!.allowed);
  };
  const professionalOf = (id: string, organizationId: string, roles: string[]): Viewer => ({
    id,
    kind: "professional",
    organizationId,
    roles,
    scopes: [],
  });

  it("lets the city's school curator read Aino's basic, team and service plan data by her consent, and nothing else", async () => {
    const curator = professionalOf(pro.schoolCurator, org.cityEducation, ["school_curator"]);
    expect(await allowedCategories(curator, client.aino)).toEqual(["basic", "service_plan", "team"]);
    expect(await allowedCategories(curator, client.eetu)).toEqual(["basic", "team"]);
    expect(await allowedCategories(curator, client.juho)).toEqual([]);
  });

  it("lets the social worker read all of her clients' data, and gives the unit manager no person-level data", async () => {
    const worker = professionalOf(pro.socialWorker, org.familySocialServices, ["social_worker"]);
    expect(await allowedCategories(worker, client.aino)).toHaveLength(7);
    expect(await allowedCategories(worker, client.juho)).toHaveLength(7);
    expect(await allowedCategories(professionalOf(pro.unitManager, org.familySocialServices, ["manager"]), client.aino)).toEqual(
      [],
    );
  });

  it("keeps Juho's data from the association's family worker, who has a team but no consent and a ban against him", async () => {
    const familyWorker = professionalOf(pro.familyWorker, org.ngo, ["family_worker"]);
    const decisions = await service.decide(familyWorker, [
      { clientId: client.juho, category: DataCategory.Concerns, action: "read" },
      { clientId: client.juho, category: DataCategory.Basic, action: "read" },
    ]);
    expect(decisions.map((decision) => decision.basis)).toEqual(["ban", "no_consent"]);
  });

  it("lets Aino see her own data and her son Eetu's, but not Juho's", async () => {
    const aino: Viewer = { id: client.aino, kind: "client", roles: [], scopes: [] };
    expect(await allowedCategories(aino, client.aino)).toHaveLength(7);
    expect(await allowedCategories(aino, client.eetu)).toHaveLength(7);
    expect(await allowedCategories(aino, client.juho)).toEqual([]);
  });
});
