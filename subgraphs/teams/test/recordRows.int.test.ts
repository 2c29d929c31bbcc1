import { randomUUID } from "node:crypto";
import { LocalDate } from "@silta/kernel";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { teamsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import type { ClientList } from "../src/data/clientListStore";
import { createTeamsLoaders } from "../src/data/loaders";

/**
 * A professional and a team are read by the loaders as hot reads (ADR 0015), a statement with a
 * constant text over the pool: the rows must be exactly the model API's, every field of the model,
 * nulls included, and so must the rows read with a list's first window (`parentRows`). A column added
 * to the model and not to the statement fails here.
 */
describe("a professional's and a team's rows read by the loaders and with their lists' windows", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  const county = randomUUID();
  const everyField = randomUUID();
  const fewFields = randomUUID();
  const team = randomUUID();
  const loaders = () => createTeamsLoaders(prisma, LocalDate.parse("2026-12-06")!);

  beforeAll(async () => {
    testDb = await createTestDatabase("teams_record_rows", teamsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    await prisma.organization.create({
      data: { id: county, name: "County", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
    });
    await prisma.professional.createMany({
      data: [
        {
          id: everyField,
          firstName: "Sanna",
          lastName: "Sosiaalityöntekijä",
          profession: "social worker",
          organizationId: county,
          active: false,
          unit: "North",
          workPhone: "+358 40 123 4567",
          workEmail: "sanna@county.example",
        },
        { id: fewFields, firstName: "Pekka", lastName: "P", profession: "psychologist", organizationId: county },
      ],
    });
    await prisma.team.create({ data: { id: team, name: "North area team", kind: "AREA_TEAM" } });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("are the model API's rows, every field and null of them", async () => {
    const ids = [everyField, fewFields, randomUUID()];
    const read = await loaders().professional.loadMany(ids);
    const model = await prisma.professional.findMany({ where: { id: { in: ids } } });
    expect(read).toEqual([model.find((row) => row.id === everyField), model.find((row) => row.id === fewFields), null]);
    expect(read[0]).toMatchObject({ active: false, unit: "North", workEmail: "sanna@county.example" });
    expect(read[1]).toMatchObject({ active: true, unit: null, workPhone: null, workEmail: null });
    expect(await loaders().team.load(team)).toEqual(await prisma.team.findUnique({ where: { id: team } }));
  });

  it("are the same rows when read with a list's first window, and none with a later window", async () => {
    const windowOf = (list: ClientList, parentId: string, after: string | null = null) =>
      loaders().clientWindow.load({ list, parentId, after, size: 10 });
    const model = await prisma.professional.findMany({ where: { id: { in: [everyField, fewFields] } } });
    for (const row of model) {
      expect((await windowOf("responsibleFor", row.id)).parent).toEqual(row);
      expect((await windowOf("professionalClients", row.id)).parent).toEqual(row);
    }
    expect((await windowOf("teamClients", team)).parent).toEqual(await prisma.team.findUnique({ where: { id: team } }));
    expect(await windowOf("responsibleFor", randomUUID())).toEqual({ ids: [], parent: null });
    expect((await windowOf("teamClients", team, randomUUID())).parent).toBeNull();
  });

  it("refuse an id that is not a uuid as the model API does", async () => {
    await expect(loaders().professional.load("not-a-uuid")).rejects.toThrow();
    await expect(prisma.professional.findMany({ where: { id: { in: ["not-a-uuid"] } } })).rejects.toThrow();
  });
});
