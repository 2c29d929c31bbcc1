import { randomUUID } from "node:crypto";
import {
  clientViewer,
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import type { FitTrainingLevel } from "../src/data/prisma/enums";
import { trainingSubgraph } from "../src";

type ProfessionalData = {
  id: string;
  fitTrainingLevel: string | null;
  trainings: { completedOn: string; course: { name: string; level: string; provider: string } }[];
} | null;

const professionalsQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Professional { id fitTrainingLevel trainings { completedOn course { name level provider } } }
  }
}`;

describe("training subgraph", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const city = randomUUID();
  const professionals = [randomUUID(), randomUUID(), randomUUID()];
  const [trainer, manager, newcomer] = professionals as [string, string, string];
  const levels: FitTrainingLevel[] = ["MANAGEMENT_BRIEFING", "BASIC", "ADVANCED", "TRAINER"];
  const courses = Object.fromEntries(levels.map((level) => [level, randomUUID()])) as Record<FitTrainingLevel, string>;
  const references = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: "Professional", id })) });

  beforeAll(async () => {
    testDb = await createTestDatabase("training", trainingSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    harness = await startSubgraph(trainingSubgraph, counting.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    await prisma.course.createMany({
      data: levels.map((level) => ({
        id: courses[level],
        name: `FIT ${level.toLowerCase().replace("_", " ")}`,
        level,
        provider: level === "TRAINER" ? "ICCE" : "County FIT trainers",
      })),
    });
    const completion = (professionalId: string, level: FitTrainingLevel, completedOn: string) => ({
      id: randomUUID(),
      professionalId,
      courseId: courses[level],
      completedOn: new Date(completedOn),
    });
    await prisma.trainingCompletion.createMany({
      data: [
        // The trainer's courses were recorded out of order; the highest level still wins.
        completion(trainer, "TRAINER", "2025-09-01"),
        completion(trainer, "BASIC", "2024-02-01"),
        completion(trainer, "ADVANCED", "2024-10-15"),
        completion(trainer, "MANAGEMENT_BRIEFING", "2025-11-20"),
        completion(manager, "BASIC", "2026-01-15"),
        completion(manager, "MANAGEMENT_BRIEFING", "2026-03-10"),
      ],
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("refuses a request without the gateway-signed viewer and returns no data", async () => {
    const response = await harness.query(professionalsQuery, references([trainer]), null);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
  });

  it("resolves the trainings of many professionals with as many SQL statements as one", async () => {
    counting.reset();
    const one = await harness.query(professionalsQuery, references([trainer]), professional(county));
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<{ _entities: ProfessionalData[] }>(
      professionalsQuery,
      references(professionals),
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(three.data?._entities.map((entity) => entity?.trainings.length)).toEqual([4, 2, 0]);
    expect(counting.count).toBe(oneCount);
    // The completions, then their courses: Prisma loads an include with a second `IN` query.
    expect(counting.count).toBe(2);
  });

  it("gives the highest level completed, not the latest, and null before any training", async () => {
    const response = await harness.query<{ _entities: ProfessionalData[] }>(
      professionalsQuery,
      references(professionals),
      professional(county),
    );
    expect(response.data?._entities.map((entity) => entity?.fitTrainingLevel)).toEqual(["TRAINER", "BASIC", null]);
  });

  it("lists a professional's trainings oldest first, each with its course", async () => {
    const response = await harness.query<{ _entities: ProfessionalData[] }>(
      professionalsQuery,
      references([manager]),
      professional(county),
    );
    expect(response.data?._entities[0]?.trainings).toEqual([
      { completedOn: "2026-01-15", course: { name: "FIT basic", level: "BASIC", provider: "County FIT trainers" } },
      {
        completedOn: "2026-03-10",
        course: { name: "FIT management briefing", level: "MANAGEMENT_BRIEFING", provider: "County FIT trainers" },
      },
    ]);
  });

  it("treats training records as staff data: any signed viewer reads them and no client access is logged", async () => {
    const before = harness.accessLog.length;
    for (const viewer of [professional(city), clientViewer(randomUUID())]) {
      const response = await harness.query<{ _entities: ProfessionalData[] }>(professionalsQuery, references([trainer]), viewer);
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities[0]?.fitTrainingLevel).toBe("TRAINER");
    }
    expect(harness.accessLog.length).toBe(before);
  });

  it("resolves many training events with their courses, trainers and enrolments in as many statements as one", async () => {
    const events = [randomUUID(), randomUUID(), randomUUID()];
    for (const [index, id] of events.entries()) {
      await prisma.trainingEvent.create({
        data: {
          id,
          courseId: courses.BASIC,
          date: new Date(`2026-0${index + 1}-10`),
          online: true,
          capacity: 10,
          trainers: { create: [{ professionalId: trainer }] },
          enrollments: {
            create: [
              { id: randomUUID(), professionalId: newcomer },
              { id: randomUUID(), professionalId: manager },
            ],
          },
        },
      });
    }
    const query = (ids: string[]) =>
      `{ ${ids.map((id, index) => `e${index}: trainingEvent(id: "${id}") { course { name } trainers { id } enrolledCount enrollments { professional { id } } }`).join(" ")} }`;
    counting.reset();
    const one = await harness.query(query(events.slice(0, 1)), {}, professional(county));
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<Record<string, { enrolledCount: number; trainers: { id: string }[] }>>(
      query(events),
      {},
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(Object.values(three.data ?? {}).map((event) => [event.enrolledCount, event.trainers.length])).toEqual([
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(counting.count).toBe(oneCount);
  });
});
