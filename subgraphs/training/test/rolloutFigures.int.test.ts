import { randomUUID } from "node:crypto";
import { type DomainEvent, InProcessEventBus, LocalDate, streamOf } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { trainingSubgraph } from "../src";
import { trainingApi } from "./trainingApi";

/**
 * The rollout figures on a small county whose every number is counted by hand below. Staff and FIT
 * activity reach the subgraph only as events, as they would from teams and fit.
 */
describe("the rollout figures", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  let api: ReturnType<typeof trainingApi>;
  const bus = new InProcessEventBus();
  const county = randomUUID();
  const coordinator = professional(county, { roles: ["training_admin"] });

  // Units: three target units and one the rollout has not configured. Ids sort in this order.
  const childProtection = "a0000000-0000-4000-8000-000000000001";
  const familyCentre = "a0000000-0000-4000-8000-000000000002";
  const adultSocialWork = "a0000000-0000-4000-8000-000000000003";
  const unconfigured = "a0000000-0000-4000-8000-000000000004";
  const otherOrganization = "a0000000-0000-4000-8000-000000000005";
  const p = Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`p${n}`, `b0000000-0000-4000-8000-00000000000${n}`]),
  ) as Record<`p${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, string>;
  const course = {
    briefing: randomUUID(),
    basic: randomUUID(),
    advanced: randomUUID(),
    trainer: randomUUID(),
    booster: randomUUID(),
  };

  let sequence = 0;
  const event = (
    type: string,
    data: Record<string, unknown>,
    occurredAt = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence++)).toISOString(),
  ): DomainEvent => ({
    id: randomUUID(),
    type,
    source: type.startsWith("fit.") ? "fit" : "teams",
    aggregateType: "Professional",
    aggregateId: String(data["professionalId"]),
    occurredAt,
    actorId: "system",
    schemaVersion: 1,
    data,
  });
  const staff = (professionalId: string, organizationId: string, active = true, unitId?: string) =>
    event("professional.created", { professionalId, organizationId, active, ...(unitId ? { unitId } : {}) });
  const measured = (professionalId: string, measuredOn: string) =>
    event("fit.measurement_recorded", { professionalId, measuredOn });

  async function publishAndWait(stream: "teams" | "fit", events: DomainEvent[]): Promise<void> {
    const before = await prisma.processedEvent.count();
    await bus.publish(streamOf(stream), events);
    const unique = new Set(events.map((e) => e.id)).size;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if ((await prisma.processedEvent.count()) >= before + unique) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the projection did not catch up");
  }

  const complete = (professionalId: string, courseId: string, completedOn: string, completed = true) =>
    api.recordCompletion({ professionalId, courseId, completedOn, attended: true, completed });

  beforeAll(async () => {
    testDb = await createTestDatabase("training_rollout", trainingSubgraph.migrationsDir);
    harness = await startSubgraph(trainingSubgraph, testDb.database, { controllerOrganizationIds: [county], bus });
    prisma = createPrisma(testDb.database);
    api = trainingApi(harness, coordinator);

    for (const [unitId, service, region] of [
      [childProtection, "child_protection", "north"],
      [familyCentre, "family_centre", "south"],
      [adultSocialWork, "adult_social_work", "north"],
    ] as const)
      await api.configureUnit({ unitId, service, region, isTarget: true });

    const kinds = {
      briefing: "MANAGEMENT_BRIEFING",
      basic: "BASIC",
      advanced: "ADVANCED",
      trainer: "TRAINER_TRAINING",
      booster: "BOOSTER",
    };
    for (const [key, kind] of Object.entries(kinds))
      await api.createCourse({
        id: course[key as keyof typeof course],
        name: `FIT ${key}`,
        kind,
        provider: "County",
        providerKind: "IN_HOUSE",
      });

    // p4 left: its later "inactive" arrives before its earlier creation, which must not revive it.
    const p4Left = event(
      "professional.updated",
      { professionalId: p.p4, organizationId: childProtection, active: false },
      "2026-05-01T00:00:00.000Z",
    );
    await publishAndWait("teams", [p4Left]);
    await publishAndWait("teams", [
      staff(p.p1, childProtection),
      staff(p.p2, childProtection),
      staff(p.p3, otherOrganization, true, childProtection), // the unit teams tells wins over the organisation
      staff(p.p4, childProtection),
      staff(p.p5, familyCentre),
      staff(p.p6, familyCentre),
      staff(p.p7, unconfigured),
    ]); // p8 and p9 are not known to teams' events yet.

    await complete(p.p1, course.basic, "2026-01-15");
    await complete(p.p1, course.advanced, "2026-03-10");
    await complete(p.p1, course.briefing, "2026-07-05"); // after the day the figures are asked for
    await complete(p.p2, course.basic, "2026-02-20");
    await complete(p.p3, course.booster, "2026-01-05"); // a booster is not training
    await complete(p.p3, course.briefing, "2026-02-01");
    await complete(p.p4, course.basic, "2025-12-10");
    await complete(p.p5, course.basic, "2026-03-31");
    await complete(p.p5, course.briefing, "2026-01-10");
    await complete(p.p6, course.basic, "2026-02-05", false); // attended, not completed
    await complete(p.p7, course.trainer, "2026-02-28");
    await complete(p.p8, course.basic, "2026-01-20");

    await api.qualifyTrainer({ professionalId: p.p1, qualifiedSince: "2026-01-01" });
    await api.qualifyTrainer({ professionalId: p.p7, qualifiedSince: "2026-02-01" });
    await api.qualifyTrainer({ professionalId: p.p5, qualifiedSince: "2026-01-01", qualifiedUntil: "2026-05-31" });

    const p6Measured = measured(p.p6, "2026-06-01");
    await publishAndWait("fit", [
      measured(p.p1, "2026-05-02"), // first day of the 60 days ending 2026-06-30
      measured(p.p2, "2026-05-01"), // the day before it
      measured(p.p5, "2026-06-30"),
      measured(p.p7, "2026-07-01"), // after it
      p6Measured,
      p6Measured, // delivered twice
      measured(p.p3, "2026-06-15"),
      measured(p.p9, "2026-05-20"),
    ]);
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
    await bus.close();
  });

  const rollout = async <Data>(selection: string) => {
    const response = await api.run<{ trainingRollout: Data }>(`{ trainingRollout { ${selection} } }`);
    expect(response.errors).toBeUndefined();
    return response.data!.trainingRollout;
  };

  it("counts trained professionals per unit and month, cumulatively, in each one's current unit", async () => {
    const { trainedByMonth } = await rollout<{ trainedByMonth: unknown[] }>(
      `trainedByMonth(from: "2026-01", to: "2026-03") { month unitId service cumulative newlyTrained }`,
    );
    const row = (month: string, unitId: string | null, service: string | null, cumulative: number, newlyTrained: number) => ({
      month,
      unitId,
      service,
      cumulative,
      newlyTrained,
    });
    expect(trainedByMonth).toEqual([
      row("2026-01", childProtection, "child_protection", 2, 1), // p4 (Dec), p1
      row("2026-01", null, null, 1, 1), // p8, unit not known
      row("2026-02", childProtection, "child_protection", 3, 1), // + p2
      row("2026-02", unconfigured, null, 1, 1), // p7
      row("2026-02", null, null, 1, 0),
      row("2026-03", childProtection, "child_protection", 3, 0),
      row("2026-03", familyCentre, "family_centre", 1, 1), // p5 on the month's last day
      row("2026-03", unconfigured, null, 1, 0),
      row("2026-03", null, null, 1, 0),
    ]);
  });

  it("sums units per service when asked", async () => {
    const { trainedByMonth } = await rollout<{ trainedByMonth: unknown[] }>(
      `trainedByMonth(from: "2026-03", to: "2026-03", groupBy: SERVICE) { month unitId service cumulative newlyTrained }`,
    );
    expect(trainedByMonth).toEqual([
      { month: "2026-03", unitId: null, service: "child_protection", cumulative: 3, newlyTrained: 0 },
      { month: "2026-03", unitId: null, service: "family_centre", cumulative: 1, newlyTrained: 1 },
      { month: "2026-03", unitId: null, service: null, cumulative: 2, newlyTrained: 0 },
    ]);
  });

  it("refuses a month range that is backwards or not months", async () => {
    const backwards = await api.run(`{ trainingRollout { trainedByMonth(from: "2026-03", to: "2026-01") { month } } }`);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to", rule: "order" });
    const notMonth = await api.run(`{ trainingRollout { trainedByMonth(from: "2026-1", to: "2026-03") { month } } }`);
    expect(notMonth.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from", rule: "month" });
  });

  it("gives each target unit's share of active staff trained, leaving out those who left", async () => {
    const query = (on: string) =>
      rollout<{ targetUnitCoverage: unknown[] }>(
        `targetUnitCoverage(on: "${on}") { unit { unitId service region isTarget } activeStaff trained share }`,
      );
    const unit = (unitId: string, service: string, region: string) => ({ unitId, service, region, isTarget: true });
    expect((await query("2026-06-30")).targetUnitCoverage).toEqual([
      { unit: unit(adultSocialWork, "adult_social_work", "north"), activeStaff: 0, trained: 0, share: 0 },
      { unit: unit(childProtection, "child_protection", "north"), activeStaff: 3, trained: 2, share: 2 / 3 }, // p1, p2 of p1, p2, p3
      { unit: unit(familyCentre, "family_centre", "south"), activeStaff: 2, trained: 1, share: 0.5 }, // p5 of p5, p6
    ]);
    const january = (await query("2026-01-31")).targetUnitCoverage as { trained: number }[];
    expect(january.map((row) => row.trained)).toEqual([0, 1, 0]);
  });

  it("counts managers briefed per unit by the day", async () => {
    const { managersBriefed } = await rollout<{ managersBriefed: unknown[] }>(
      `managersBriefed(on: "2026-06-30") { unitId count }`,
    );
    expect(managersBriefed).toEqual([
      { unitId: childProtection, count: 1 }, // p3 (p1's briefing is in July)
      { unitId: familyCentre, count: 1 }, // p5
    ]);
  });

  it("counts in-house trainers per region on the day", async () => {
    const on = (day: string) =>
      rollout<{ inHouseTrainersByRegion: unknown[] }>(`inHouseTrainersByRegion(on: "${day}") { region count }`);
    expect((await on("2026-06-30")).inHouseTrainersByRegion).toEqual([
      { region: "north", count: 1 },
      { region: "unassigned", count: 1 },
    ]);
    expect((await on("2026-03-01")).inHouseTrainersByRegion).toEqual([
      { region: "north", count: 1 },
      { region: "south", count: 1 },
      { region: "unassigned", count: 1 },
    ]);
  });

  it("lists trained professionals without a FIT measurement in the last 60 days", async () => {
    const { trainedWithoutRecentMeasurements } = await rollout<{ trainedWithoutRecentMeasurements: { id: string }[] }>(
      `trainedWithoutRecentMeasurements(on: "2026-06-30") { id }`,
    );
    // p2 measured a day too early, p7 a day too late, p8 never; p4 left; p1 and p5 measured in time.
    expect(trainedWithoutRecentMeasurements.map((row) => row.id)).toEqual([p.p2, p.p7, p.p8]);
  });

  it("lists professionals measuring without training", async () => {
    const { measuringWithoutTraining } = await rollout<{ measuringWithoutTraining: { id: string }[] }>(
      `measuringWithoutTraining(on: "2026-06-30") { id }`,
    );
    // p3 had a booster and a briefing only, p6 attended without completing, p9 has no record at all.
    expect(measuringWithoutTraining.map((row) => row.id)).toEqual([p.p3, p.p6, p.p9]);
  });

  it("applies an event delivered twice once", async () => {
    const rows = await prisma.fitActivity.findMany({ where: { professionalId: p.p6 } });
    expect(rows.map((row) => row.measurements)).toEqual([1]);
  });

  it("keeps a professional's latest state when events arrive out of order", async () => {
    expect(await prisma.staffMember.findUnique({ where: { professionalId: p.p4 } })).toMatchObject({ active: false });
  });

  it("skips a malformed event instead of retrying it for ever, and carries on", async () => {
    const broken = event("professional.updated", { professionalId: "not-a-uuid", organizationId: childProtection, active: true });
    const later = staff(p.p9, adultSocialWork);
    await bus.publish(streamOf("teams"), [broken, later]);
    for (
      let attempt = 0;
      attempt < 200 && !(await prisma.staffMember.findUnique({ where: { professionalId: p.p9 } }));
      attempt += 1
    )
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await prisma.staffMember.findUnique({ where: { professionalId: p.p9 } })).toMatchObject({
      organizationId: adultSocialWork,
    });
  });

  it("takes measuring days from fit's session events that name the professional, and ignores those that do not", async () => {
    const measurer = randomUUID();
    const session = (data: Record<string, unknown>) =>
      event("fit.session_recorded", { sessionId: randomUUID(), heldOn: "2026-06-10", ...data });
    await publishAndWait("fit", [
      session({ professionalId: measurer, instruments: ["ORS", "SRS"] }),
      measured(measurer, "2026-06-10"),
    ]);
    // Ignored events leave no trace, so a last applied event tells when the stream has moved past them.
    await bus.publish(streamOf("fit"), [
      session({ professionalId: measurer, heldOn: "2026-06-11", instruments: [] }), // every measure skipped
      session({ instruments: ["ORS"] }), // fit's first version: no professional
    ]);
    await publishAndWait("fit", [measured(randomUUID(), "2026-06-12")]);
    const rows = await prisma.fitActivity.findMany({ where: { professionalId: measurer } });
    expect(rows.map((row) => [LocalDate.fromDb(row.measuredOn), row.measurements])).toEqual([["2026-06-10", 3]]);
  });

  it("keeps the figures from clients", async () => {
    const response = await harness.query(
      `{ trainingRollout { managersBriefed { count } } }`,
      {},
      { id: randomUUID(), kind: "client", roles: [], scopes: [] },
    );
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });
});
