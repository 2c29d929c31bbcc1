import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import { clientViewer } from "@silta/testkit";
import { startClientsWorld, type ClientsWorld } from "./support";

const planFields = `id version goals client { id } family { id }
  agreements { id concern nextAction ifNotDone followUp dueOn status isOverdue responsible { professional { id } familyMember { id } } }
  reviews { reviewedOn findings changes recordedBy }
  history { actorId action agreementId details }`;
const createPlan = `mutation ($input: CreateServicePlanInput!) { createServicePlan(input: $input) { ${planFields} } }`;
const updateGoals = `mutation ($input: UpdateServicePlanGoalsInput!) { updateServicePlanGoals(input: $input) { version goals } }`;
const addAgreement = `mutation ($input: AddAgreementInput!) { addAgreement(input: $input) { id status responsible { professional { id } familyMember { id } } } }`;
const setStatus = `mutation ($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { id status } }`;
const review = `mutation ($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) { reviewedOn findings } }`;
const readPlan = `query ($id: ID!) { servicePlan(id: $id) { ${planFields} } }`;

describe("the shared service plan (yhteinen palvelusuunnitelma)", () => {
  let world: ClientsWorld;
  let clientId: string, mother: string, stranger: string, planId: string;
  const today = todayIn("Europe/Helsinki");
  const teacher = randomUUID();

  beforeAll(async () => {
    world = await startClientsWorld("service_plans");
    clientId = await world.createClient({ firstName: "Eetu" });
    mother = await world.createClient({ firstName: "Aino" });
    stranger = await world.createClient();
    await world.ok(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
      input: {
        members: [
          { clientId, relation: "CHILD" },
          { clientId: mother, relation: "GUARDIAN" },
        ],
      },
    });
    planId = randomUUID();
    await world.ok(createPlan, { input: { id: planId, clientId, goals: ["I want to go to school without a stomach ache."] } });
  });
  afterAll(() => world?.stop());

  const agreement = (fields: Record<string, unknown> = {}) => ({
    planId,
    concern: "Eetu has missed school for two weeks.",
    nextAction: "Mother walks Eetu to school every morning this week.",
    responsible: { familyMemberClientId: mother },
    ifNotDone: "The school curator calls the family the same day.",
    followUp: "The teacher reports absences to the responsible worker each Friday.",
    dueOn: LocalDate.addDays(today, 7),
    ...fields,
  });

  it("creates one plan per client, idempotently, with the goals in the client's words", async () => {
    const again = await world.ok(createPlan, { input: { id: planId, clientId, goals: ["anything"] } });
    expect(again.createServicePlan).toMatchObject({
      id: planId,
      version: 1,
      goals: ["I want to go to school without a stomach ache."],
    });
    expect(await world.failure(createPlan, { input: { clientId, goals: [] } })).toMatchObject({
      code: "CONFLICT",
      rule: "one_plan",
      planId,
    });
  });

  it("adds agreements with a family member or a professional responsible", async () => {
    const byMother = await world.ok(addAgreement, { input: agreement() });
    expect(byMother.addAgreement.responsible).toEqual({ professional: null, familyMember: { id: mother } });
    const byTeacher = await world.ok(addAgreement, {
      input: agreement({ responsible: { professionalId: teacher }, nextAction: "The teacher meets Eetu." }),
    });
    expect(byTeacher.addAgreement.responsible).toEqual({ professional: { id: teacher }, familyMember: null });
  });

  it.each([
    [{ responsible: {} }, "input.responsible", "responsible_required"],
    [
      { responsible: { professionalId: randomUUID(), familyMemberClientId: randomUUID() } },
      "input.responsible",
      "one_responsible",
    ],
    [{ concern: " " }, "input.concern", "required"],
    [{ nextAction: "" }, "input.nextAction", "required"],
    [{ ifNotDone: "" }, "input.ifNotDone", "required"],
    [{ followUp: "" }, "input.followUp", "required"],
    [{ dueOn: "2020-01-01" }, "input.dueOn", "not_in_past"],
  ])("rejects an agreement with %j and writes nothing", async (fields, field, rule) => {
    const before = await world.prisma.agreement.count();
    expect(await world.failure(addAgreement, { input: agreement(fields) })).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
      rule,
    });
    expect(await world.prisma.agreement.count()).toBe(before);
  });

  it("refuses a responsible family member from outside the family", async () => {
    expect(
      await world.failure(addAgreement, { input: agreement({ responsible: { familyMemberClientId: stranger } }) }),
    ).toMatchObject({
      field: "input.responsible.familyMemberClientId",
      rule: "family_member",
    });
  });

  it("changes goals only from the version the caller read", async () => {
    const { servicePlan } = await world.ok(readPlan, { id: planId });
    const updated = await world.ok(updateGoals, {
      input: { planId, goals: ["Go to school", "Sleep well"], expectedVersion: servicePlan.version },
    });
    expect(updated.updateServicePlanGoals).toEqual({ version: servicePlan.version + 1, goals: ["Go to school", "Sleep well"] });
    expect(
      await world.failure(updateGoals, { input: { planId, goals: ["x"], expectedVersion: servicePlan.version } }),
    ).toMatchObject({
      code: "CONFLICT",
      rule: "version",
    });
    expect(await world.failure(updateGoals, { input: { planId, goals: [""], expectedVersion: 99 } })).toMatchObject({
      field: "input.goals.0",
      rule: "required",
    });
  });

  it("tracks agreement status, reviews and the whole history of who changed what", async () => {
    const id = (await world.ok(addAgreement, { input: agreement({ nextAction: "Family worker visits on Monday." }) }))
      .addAgreement.id;
    expect((await world.ok(setStatus, { input: { agreementId: id, status: "DONE" } })).setAgreementStatus.status).toBe("DONE");
    await world.ok(setStatus, { input: { agreementId: id, status: "DONE" } });
    await world.ok(review, {
      input: { planId, reviewedOn: today, findings: "Eetu went to school four days of five.", changes: "Walks continue." },
    });
    expect(await world.failure(review, { input: { planId, reviewedOn: today, findings: "", changes: "x" } })).toMatchObject({
      field: "input.findings",
      rule: "required",
    });

    const { servicePlan } = await world.ok(readPlan, { id: planId });
    expect(servicePlan.reviews).toEqual([
      {
        reviewedOn: today,
        findings: "Eetu went to school four days of five.",
        changes: "Walks continue.",
        recordedBy: world.worker.id,
      },
    ]);
    expect(servicePlan.history.map((h: { action: string }) => h.action)).toEqual([
      "created",
      "agreement_added",
      "agreement_added",
      "goals_updated",
      "agreement_added",
      "agreement_status_changed",
      "reviewed",
    ]);
    const statusChange = servicePlan.history.find((h: { action: string }) => h.action === "agreement_status_changed");
    expect(statusChange).toMatchObject({ actorId: world.worker.id, agreementId: id });
    expect(JSON.parse(statusChange.details)).toEqual({ status: { before: "OPEN", after: "DONE" } });
    expect(servicePlan.version).toBe(7);
    const events = (await world.events()).filter((e) => e.type.startsWith("service_plan.") && e.aggregateId === planId);
    expect(events.map((e) => e.type)).toEqual(servicePlan.history.map((h: { action: string }) => `service_plan.${h.action}`));
    expect(JSON.stringify(events)).not.toMatch(/school|Eetu/);
  });

  it("lets the client read their own plan and its progress, and nothing of another client's", async () => {
    const own = await world.ok(
      `query ($id: ID!) { client(id: $id) { servicePlan { id agreements { status } } } }`,
      { id: clientId },
      clientViewer(clientId),
    );
    expect(own.client.servicePlan.id).toBe(planId);
    const otherPlan = (await world.ok(createPlan, { input: { clientId: stranger, goals: [] } })).createServicePlan.id;
    const response = await world.run(readPlan, { id: otherPlan }, clientViewer(clientId));
    expect(response.data.servicePlan).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect(
      await world.failure(
        addAgreement,
        { input: agreement({ planId: otherPlan, responsible: { professionalId: teacher } }) },
        clientViewer(clientId),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("does not let the client edit their own plan: they read it", async () => {
    const before = await world.prisma.agreement.count({ where: { planId } });
    expect(await world.failure(addAgreement, { input: agreement() }, clientViewer(clientId))).toMatchObject({
      code: "FORBIDDEN",
      reason: "professionals_only",
    });
    expect(await world.prisma.agreement.count({ where: { planId } })).toBe(before);
  });

  it("keeps a family's plan, readable as a whole by whoever may see every member", async () => {
    const familyId = (
      await world.ok(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
        input: { members: [{ clientId: stranger, relation: "PARENT" }] },
      })
    ).createFamily.id;
    const plan = (await world.ok(createPlan, { input: { familyId, goals: ["A calm home"] } })).createServicePlan;
    expect(plan.family).toEqual({ id: familyId });
    const viaFamily = await world.ok(`query ($id: ID!) { family(id: $id) { servicePlan { id } } }`, { id: familyId });
    expect(viaFamily.family.servicePlan.id).toBe(plan.id);
  });

  it.each([
    [{ goals: [] }, "input.clientId", "one_subject"],
    [{ clientId: randomUUID(), familyId: randomUUID(), goals: [] }, "input.clientId", "one_subject"],
    [{ clientId: randomUUID(), goals: ["  "] }, "input.goals.0", "required"],
  ])("rejects a plan with %j", async (input, field, rule) => {
    expect(await world.failure(createPlan, { input })).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
  });
});
