import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testDatabaseUrl,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { trainingSubgraph } from "../src";
import { errorOf, trainingApi } from "./trainingApi";

type Report = { created: number; unchanged: number; rejected: { line: number; field: string; rule: string; message: string }[] };

describe("importing past training records from CSV", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  let api: ReturnType<typeof trainingApi>;
  const county = randomUUID();
  const coordinator = professional(county, { roles: ["training_admin"] });
  const basic = randomUUID();
  const briefing = randomUUID();
  const [anna, ben, cecilia] = [randomUUID(), randomUUID(), randomUUID()];

  const importCsv = (csv: string) =>
    api.run<{ importTrainingRecords: Report }>(
      `mutation ($csv: String!) { importTrainingRecords(csv: $csv) { created unchanged rejected { line field rule message } } }`,
      { csv },
    );

  const file = [
    "professional_id,course_id,completed_on,attended,completed,certificate",
    `${anna},${basic},2025-03-01,true,true,FIT-001`,
    `${anna},${briefing},2025-04-01,yes,yes,`,
    `${ben},${basic},2025-03-01,false,true,`, // completed without attending
    `${ben},${randomUUID()},2025-03-01,true,true,`, // no such course
    `not-a-uuid,${basic},2025-31-12,maybe,true,`, // three bad cells
    `"${cecilia}",${basic},2025-05-05,1,0,`, // attended only
  ].join("\n");

  beforeAll(async () => {
    testDb = await createTestDatabase("training_import", trainingSubgraph.migrationsDir);
    harness = await startSubgraph(trainingSubgraph, testDb.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    api = trainingApi(harness, coordinator);
    await api.createCourse({ id: basic, name: "FIT basic", kind: "BASIC", provider: "County", providerKind: "IN_HOUSE" });
    await api.createCourse({
      id: briefing,
      name: "FIT for managers",
      kind: "MANAGEMENT_BRIEFING",
      provider: "County",
      providerKind: "IN_HOUSE",
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("keeps the good rows and reports each bad one by line, column and rule", async () => {
    const response = await importCsv(file);
    expect(response.errors).toBeUndefined();
    const report = response.data!.importTrainingRecords;
    expect(report.created).toBe(3);
    expect(report.unchanged).toBe(0);
    expect(report.rejected.map(({ line, field, rule }) => ({ line, field, rule }))).toEqual([
      { line: 4, field: "completed", rule: "attendance_required" },
      { line: 5, field: "course_id", rule: "not_found" },
      { line: 6, field: "attended", rule: "boolean" },
      { line: 6, field: "professional_id", rule: "uuid" },
      { line: 6, field: "completed_on", rule: "date" },
    ]);
    expect(report.rejected[0]?.message).toMatch(/without attending/);
    expect(await prisma.trainingCompletion.count()).toBe(3);
    expect((await api.professionals([anna])).data?._entities[0]?.fitTrainingLevel).toBe("BASIC");
  });

  it("changes nothing when the same file is imported again", async () => {
    const eventsBefore = await prisma.outboxEvent.count();
    const report = (await importCsv(file)).data!.importTrainingRecords;
    expect(report).toMatchObject({ created: 0, unchanged: 3 });
    expect(report.rejected).toHaveLength(5);
    expect(await prisma.trainingCompletion.count()).toBe(3);
    expect(await prisma.outboxEvent.count()).toBe(eventsBefore);
  });

  it("rejects a row that contradicts a stored record instead of overwriting it", async () => {
    const report = (
      await importCsv(
        [
          "professional_id,course_id,completed_on,attended,completed,certificate",
          `${anna},${basic},2025-03-01,true,true,FIT-999`,
        ].join("\n"),
      )
    ).data!.importTrainingRecords;
    expect(report.rejected.map(({ line, rule }) => ({ line, rule }))).toEqual([{ line: 2, rule: "conflict" }]);
    expect((await prisma.trainingCompletion.findFirst({ where: { professionalId: anna, courseId: basic } }))?.certificate).toBe(
      "FIT-001",
    );
  });

  it("refuses a file whose header names unknown or misses required columns, importing nothing", async () => {
    const response = await importCsv(`person,course_id,completed_on,attended\n${ben},${basic},2025-01-01,true`);
    expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "csv", rule: "header" });
    expect(response.errors?.[0]?.message).toMatch(/Unknown: person.*Missing: professional_id, completed/);
  });

  it("refuses a file that is not valid CSV, importing nothing", async () => {
    const professionalId = randomUUID();
    const response = await importCsv(
      [
        "professional_id,course_id,completed_on,attended,completed,certificate",
        `${professionalId},${basic},2025-01-01,true,true,`,
        `${ben},${basic},2025-01-02,true,true,"unclosed`,
      ].join("\n"),
    );
    expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "csv", rule: "syntax" });
    expect(await prisma.trainingCompletion.count({ where: { professionalId } })).toBe(0);
  });

  it("refuses more than 1,000 rows through the API and imports none of them", async () => {
    const rows = Array.from({ length: 1001 }, () => `${randomUUID()},${basic},2025-01-01,true,true,`);
    const response = await importCsv(
      ["professional_id,course_id,completed_on,attended,completed,certificate", ...rows].join("\n"),
    );
    expect(errorOf(response)).toEqual({ code: "BAD_USER_INPUT", field: "csv", rule: "rows" });
    expect(
      await prisma.trainingCompletion.count({ where: { professionalId: { in: rows.map((row) => row.slice(0, 36)) } } }),
    ).toBe(0);
  });

  it("imports a file with the command, reporting as JSON and exiting 1 when rows were rejected", async () => {
    const folder = mkdtempSync(join(tmpdir(), "training-import-"));
    const path = join(folder, "past.csv");
    const dan = randomUUID();
    writeFileSync(
      path,
      [
        "professional_id,course_id,completed_on,attended,completed",
        `${dan},${basic},2024-11-11,true,true`,
        `${dan},${basic},2024-11-12,no,true`,
      ].join("\n"),
    );
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema, LOG_LEVEL: "silent" };
    const command = ["tsx", join(__dirname, "..", "src", "import", "main.ts"), path];
    const failure = await run("npx", command, { env }).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    const report = JSON.parse((failure as { stdout: string }).stdout) as Report;
    expect(report).toMatchObject({
      created: 1,
      unchanged: 0,
      rejected: [{ line: 3, field: "completed", rule: "attendance_required" }],
    });
    expect(await prisma.trainingCompletion.count({ where: { professionalId: dan } })).toBe(1);
  }, 30_000);
});
