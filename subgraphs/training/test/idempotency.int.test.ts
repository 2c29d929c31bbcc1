import { LocalDate } from "@silta/kernel";
import { randomUUID } from "node:crypto";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { trainingSubgraph } from "../src";

const QUALIFY = `mutation ($input: QualifyTrainerInput!) {
  qualifyTrainer(input: $input) { qualifiedSince qualifiedUntil professional { id } }
}`;
const CONFIGURE = `mutation ($input: ConfigureRolloutUnitInput!) {
  configureRolloutUnit(input: $input) { unitId service region isTarget }
}`;

describe("training writes retried with an Idempotency-Key (docs/idempotency.md)", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const coordinator = professional(county, { id: randomUUID(), roles: ["training_admin"] });

  beforeAll(async () => {
    testDb = await createTestDatabase("training_idempotency", trainingSubgraph.migrationsDir);
    harness = await startSubgraph(trainingSubgraph, testDb.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
  });
  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  const send = (query: string, variables: Record<string, unknown>, key?: string) =>
    harness.query<Record<string, any>>(query, variables, coordinator, key ? { "idempotency-key": key } : {});
  const events = (aggregateId: string) => prisma.outboxEvent.count({ where: { aggregateId } });

  describe("qualifyTrainer", () => {
    it("qualifies once for a retried write and answers the retry with the same result", async () => {
      const professionalId = randomUUID();
      const key = randomUUID();
      const input = { professionalId, qualifiedSince: "2025-01-01", qualifiedUntil: "2027-12-31" };
      const first = await send(QUALIFY, { input }, key);
      expect(first.data?.["qualifyTrainer"]).toEqual({
        qualifiedSince: "2025-01-01",
        qualifiedUntil: "2027-12-31",
        professional: { id: professionalId },
      });
      const retry = await send(QUALIFY, { input }, key);
      expect(retry).toEqual(first);
      expect(await events(professionalId)).toBe(1);
      expect(await prisma.trainer.count({ where: { professionalId } })).toBe(1);
      expect(await prisma.idempotencyKey.findMany({ where: { key } })).toEqual([
        expect.objectContaining({ viewerId: coordinator.id, field: "qualifyTrainer", resultIds: [professionalId] }),
      ]);
    });

    it("refuses the same key with a different input as CONFLICT naming the header, and changes nothing", async () => {
      const professionalId = randomUUID();
      const key = randomUUID();
      await send(QUALIFY, { input: { professionalId, qualifiedSince: "2025-01-01" } }, key);
      const reused = await send(QUALIFY, { input: { professionalId, qualifiedSince: "2024-06-01" } }, key);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key", rule: "same_input" });
      expect(await events(professionalId)).toBe(1);
      const trainer = await prisma.trainer.findUniqueOrThrow({ where: { professionalId } });
      expect(LocalDate.fromDb(trainer.qualifiedSince)).toBe("2025-01-01");
    });

    it("does not let a late retry undo a correction made since: it answers with the trainer as it is now", async () => {
      const professionalId = randomUUID();
      const key = randomUUID();
      const input = { professionalId, qualifiedSince: "2025-01-01" };
      await send(QUALIFY, { input }, key);
      await send(QUALIFY, { input: { professionalId, qualifiedSince: "2024-09-01" } });
      const late = await send(QUALIFY, { input }, key);
      expect(late.data?.["qualifyTrainer"]).toMatchObject({ qualifiedSince: "2024-09-01" });
      expect(await events(professionalId)).toBe(2);
    });
  });

  describe("configureRolloutUnit", () => {
    it("configures once for a retried write and refuses the key reused for another input", async () => {
      const unitId = randomUUID();
      const key = randomUUID();
      const input = { unitId, service: "child_protection", region: "north", isTarget: true };
      const first = await send(CONFIGURE, { input }, key);
      expect(first.data?.["configureRolloutUnit"]).toEqual(input);
      await send(CONFIGURE, { input: { ...input, isTarget: false } });
      // A late retry answers with the unit as it is now and does not set it back.
      const late = await send(CONFIGURE, { input }, key);
      expect(late.data?.["configureRolloutUnit"]).toEqual({ ...input, isTarget: false });
      const reused = await send(CONFIGURE, { input: { ...input, region: "south" } }, key);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key" });
      expect(await events(unitId)).toBe(2);
      expect(await prisma.rolloutUnit.findUniqueOrThrow({ where: { unitId } })).toMatchObject({
        region: "north",
        isTarget: false,
      });
    });
  });
});
