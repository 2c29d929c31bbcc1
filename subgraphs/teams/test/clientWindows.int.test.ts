import { randomUUID } from "node:crypto";
import { LocalDate } from "@silta/kernel";
import { countStatements, createTestDatabase, type CountingDatabase, type TestDatabase } from "@silta/testkit";
import { clientWindowLoader, type ClientWindow } from "../src/data/clientListStore";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

/**
 * The windows of the teams lists, read as one row of ids per window: each window asked in one tick
 * gets exactly its own clients, in client id order, after its own cursor and up to its own size.
 */
describe("client windows", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let prisma: PrismaClient;
  const today = LocalDate.parse("2026-06-01")!;
  const since = new Date("2026-01-01");
  const [crowded, small, empty] = [randomUUID(), randomUUID(), randomUUID()];
  const worker = randomUUID();
  const county = randomUUID();
  const crowdedClients = Array.from({ length: 7 }, () => randomUUID()).sort();
  const smallClients = Array.from({ length: 2 }, () => randomUUID()).sort();
  const caseload = Array.from({ length: 3 }, () => randomUUID()).sort();
  const formerClient = randomUUID();

  beforeAll(async () => {
    testDb = await createTestDatabase("client_windows", teamsSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    prisma = createPrisma(testDb.database);
    await prisma.organization.create({
      data: { id: county, name: "County", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
    });
    await prisma.professional.create({
      data: { id: worker, firstName: "Sanna", lastName: "S", profession: "social worker", organizationId: county },
    });
    await prisma.team.createMany({
      data: [crowded, small, empty].map((id) => ({ id, name: `Team ${id}`, kind: "AREA_TEAM" as const })),
    });
    await prisma.teamClient.createMany({
      data: [
        ...crowdedClients.map((clientId) => ({ teamId: crowded, clientId, since })),
        ...smallClients.map((clientId) => ({ teamId: small, clientId, since })),
        // Left the team before today: in no window.
        { teamId: small, clientId: formerClient, since, until: new Date("2026-02-01") },
      ],
    });
    await prisma.responsibleWorker.createMany({
      data: caseload.map((clientId) => ({ id: randomUUID(), clientId, professionalId: worker, since, isCurrent: true })),
    });
  }, 60_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("answers each window of one tick with its own clients, after its cursor and up to its size, in one statement per kind of list", async () => {
    const loader = clientWindowLoader(createPrisma(counting.database), today);
    const windows: ClientWindow[] = [
      { list: "teamClients", parentId: crowded, after: null, size: 1000 },
      { list: "teamClients", parentId: empty, after: null, size: 1000 },
      { list: "teamClients", parentId: crowded, after: crowdedClients[2]!, size: 3 },
      { list: "teamClients", parentId: small, after: null, size: 1000 },
      { list: "teamClients", parentId: crowded, after: crowdedClients[6]!, size: 1000 },
      { list: "responsibleFor", parentId: worker, after: caseload[0]!, size: 1000 },
      { list: "responsibleFor", parentId: empty, after: null, size: 1000 },
    ];
    counting.reset();
    const answers = await Promise.all(windows.map((window) => loader.load(window)));
    expect(answers.map((answer) => answer.ids)).toEqual([
      crowdedClients,
      [],
      crowdedClients.slice(3, 6),
      smallClients,
      [],
      caseload.slice(1),
      [],
    ]);
    // Each first window with its parent's row, for the one that has it; a later window without.
    expect(answers.map((answer) => answer.parent?.id ?? null)).toEqual([crowded, empty, null, small, null, null, null]);
    expect(counting.count).toBe(2);
  });

  it("pages a team in client order past links that ended or have not begun, and a client has one link to a team at most (what the window reads by)", async () => {
    const mixed = randomUUID();
    await prisma.team.create({ data: { id: mixed, name: "Mixed", kind: "AREA_TEAM" } });
    const linked = Array.from({ length: 8 }, () => randomUUID()).sort();
    const periods = [
      { since, until: new Date("2026-02-01") }, // ended
      { since },
      { since: new Date("2026-09-01") }, // not begun
      { since },
      { since, until: new Date("2026-06-01") }, // its last day: current
      { since, until: new Date("2026-05-31") }, // ended the day before
      { since },
      { since },
    ];
    await prisma.teamClient.createMany({
      data: linked.map((clientId, index) => ({ teamId: mixed, clientId, ...periods[index]! })),
    });
    const current = [linked[1]!, linked[3]!, linked[4]!, linked[6]!, linked[7]!];
    const loader = clientWindowLoader(prisma, today);
    const pages = await Promise.all([
      loader.load({ list: "teamClients", parentId: mixed, after: null, size: 2 }),
      loader.load({ list: "teamClients", parentId: mixed, after: current[1]!, size: 2 }),
      loader.load({ list: "teamClients", parentId: mixed, after: current[3]!, size: 2 }),
    ]);
    expect(pages.map((page) => page.ids)).toEqual([current.slice(0, 2), current.slice(2, 4), current.slice(4)]);
    await expect(prisma.teamClient.create({ data: { teamId: mixed, clientId: linked[1]!, since } })).rejects.toThrow(
      /Unique constraint/,
    );
  });
});
