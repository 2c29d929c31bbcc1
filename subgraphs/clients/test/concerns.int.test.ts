import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import { clientViewer, professional } from "@silta/testkit";
import { startClientsWorld, type ClientsWorld } from "./support";

const concernFields = `id status description deadline raisedOn recordedBy service isOverdue daysLeft workingDaysLeft
  deadlineRule { code days unit } client { id } family { id } organization { id } team { id } responsibleProfessional { id }
  raisedBy { professional { id } familyMember { id } }
  reaction { meetingOn attendingProfessionals { id } attendingClients { id } recordedBy }
  closure { closedBy note }`;
const raise = `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { ${concernFields} } }`;
const react = `mutation ($input: ReactToConcernInput!) { reactToConcern(input: $input) { ${concernFields} } }`;
const close = `mutation ($input: CloseConcernInput!) { closeConcern(input: $input) { ${concernFields} } }`;
const dueSoon = `query ($filter: ConcernFilter!, $withinDays: Int) { concernsDueSoon(filter: $filter, withinDays: $withinDays) { id daysLeft } }`;
const overdue = `query ($filter: ConcernFilter!) { overdueConcerns(filter: $filter) { id isOverdue daysLeft } }`;

describe("concerns (huoli) and their reaction deadlines", () => {
  let world: ClientsWorld;
  let clientId: string;
  let parentId: string;
  const today = todayIn("Europe/Helsinki");
  const team = randomUUID();
  const responsible = randomUUID();

  beforeAll(async () => {
    world = await startClientsWorld("concerns");
    clientId = await world.createClient({ firstName: "Eetu" });
    parentId = await world.createClient({ firstName: "Aino" });
    await world.ok(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
      input: {
        members: [
          { clientId, relation: "CHILD" },
          { clientId: parentId, relation: "PARENT" },
        ],
      },
    });
  });
  afterAll(() => world?.stop());

  const input = (fields: Record<string, unknown> = {}) => ({
    clientId,
    description: "Eetu has missed school for two weeks and says he is afraid to go home.",
    service: "family_social_work",
    organizationId: world.county,
    teamId: team,
    responsibleProfessionalId: responsible,
    ...fields,
  });

  it("gives a new concern the default deadline of 3 calendar days, with time left computed", async () => {
    const data = await world.ok(raise, { input: input() });
    expect(data.raiseConcern).toMatchObject({
      status: "RAISED",
      raisedOn: today,
      deadline: LocalDate.addDays(today, 3),
      daysLeft: 3,
      isOverdue: false,
      deadlineRule: { code: "first_joint_meeting", days: 3, unit: "CALENDAR_DAYS" },
      raisedBy: { professional: { id: world.worker.id }, familyMember: null },
      recordedBy: world.worker.id,
      client: { id: clientId },
      team: { id: team },
    });
    const [event] = (await world.events("concern.raised")).filter((e) => e.aggregateId === data.raiseConcern.id);
    expect(event?.data).toMatchObject({ concernId: data.raiseConcern.id, clientId, deadline: LocalDate.addDays(today, 3) });
    expect(JSON.stringify(event)).not.toContain("school");
  });

  it("counts child protection's 7 working days past the weekend", async () => {
    const data = await world.ok(raise, { input: input({ service: "child_protection", raisedOn: "2026-11-23" }) });
    expect(data.raiseConcern).toMatchObject({
      deadline: "2026-12-02",
      deadlineRule: { code: "child_protection_assessment_decision", days: 7, unit: "WORKING_DAYS" },
    });
  });

  it("uses a rule named explicitly over the service's own", async () => {
    const data = await world.ok(raise, {
      input: input({ service: "child_protection", deadlineRuleCode: "first_joint_meeting", raisedOn: "2026-11-20" }),
    });
    expect(data.raiseConcern.deadline).toBe("2026-11-23");
  });

  it("records a concern raised by a family member", async () => {
    const data = await world.ok(raise, { input: input({ raisedByClientId: parentId }) });
    expect(data.raiseConcern.raisedBy).toEqual({ professional: null, familyMember: { id: parentId } });
  });

  it.each([
    [{ description: "   " }, "input.description", "required"],
    [{ deadlineRuleCode: "within_a_fortnight" }, "input.deadlineRuleCode", "unknown_rule"],
    [{ clientId: null }, "input.clientId", "one_subject"],
    [{ familyId: randomUUID() }, "input.clientId", "one_subject"],
    [{ service: "Child protection" }, "input.service", "code"],
    [{ raisedOn: "2999-01-01" }, "input.raisedOn", "not_after"],
    [{ organizationId: "county" }, "input.organizationId", "uuid"],
  ])("rejects %j naming %s, and stores nothing", async (fields, field, rule) => {
    const before = await world.prisma.concern.count();
    expect(await world.failure(raise, { input: input(fields) })).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await world.prisma.concern.count()).toBe(before);
  });

  it("records a concern a client raises about themself in their own name", async () => {
    const data = await world.ok(
      raise,
      { input: input({ clientId: parentId, responsibleProfessionalId: null }) },
      clientViewer(parentId),
    );
    expect(data.raiseConcern.raisedBy).toEqual({ professional: null, familyMember: { id: parentId } });
  });

  it("needs a raiser when a system raises the concern", async () => {
    const system = {
      id: "client-information-system",
      kind: "system" as const,
      roles: [],
      scopes: ["clients:write", "clients:read"],
    };
    expect(await world.failure(raise, { input: input() }, system)).toMatchObject({
      field: "input.raisedByClientId",
      rule: "raiser_required",
    });
  });

  it("refuses a family member who is not of the client's family as the raiser", async () => {
    const stranger = await world.createClient();
    expect(await world.failure(raise, { input: input({ raisedByClientId: stranger }) })).toMatchObject({
      field: "input.raisedByClientId",
      rule: "family_member",
    });
  });

  it("returns the same concern when a raise is retried with the same id", async () => {
    const id = randomUUID();
    await world.ok(raise, { input: input({ id }) });
    await world.ok(raise, { input: input({ id }) });
    expect(await world.prisma.concern.count({ where: { id } })).toBe(1);
    expect((await world.failure(raise, { input: input({ id, description: "Something else" }) })).code).toBe("CONFLICT");
  });

  describe("the lifecycle raised → reacted → closed", () => {
    let id: string;
    beforeAll(async () => {
      id = (await world.ok(raise, { input: input({ raisedOn: LocalDate.addDays(today, -1) }) })).raiseConcern.id;
    });

    it("refuses to close a concern nobody has reacted to", async () => {
      expect(await world.failure(close, { input: { concernId: id } })).toMatchObject({ code: "CONFLICT", rule: "not_reacted" });
    });

    it.each([
      [{ attendingProfessionalIds: [] }, "input.attendingProfessionalIds", "responsible_worker_attends"],
      [{ attendingClientIds: [] }, "input.attendingClientIds", "client_attends"],
      [{ meetingOn: "2999-01-01" }, "input.meetingOn", "not_after"],
      [{ meetingOn: "2000-01-01" }, "input.meetingOn", "not_before_raised"],
    ])("refuses a joint meeting with %j", async (fields, field, rule) => {
      const extensions = await world.failure(react, {
        input: {
          concernId: id,
          meetingOn: today,
          attendingProfessionalIds: [responsible],
          attendingClientIds: [clientId],
          ...fields,
        },
      });
      expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect((await world.prisma.concern.findUniqueOrThrow({ where: { id } })).status).toBe("RAISED");
    });

    it("records the first joint meeting with the responsible worker and the client", async () => {
      const variables = {
        input: {
          concernId: id,
          meetingOn: today,
          attendingProfessionalIds: [responsible, world.worker.id],
          attendingClientIds: [clientId, parentId],
        },
      };
      const data = await world.ok(react, variables);
      expect(data.reactToConcern).toMatchObject({
        status: "REACTED",
        isOverdue: false,
        daysLeft: null,
        reaction: { meetingOn: today, attendingClients: [{ id: clientId }, { id: parentId }], recordedBy: world.worker.id },
      });
      expect((await world.ok(react, variables)).reactToConcern.status).toBe("REACTED");
      expect((await world.events("concern.reacted")).filter((e) => e.aggregateId === id)).toHaveLength(1);
    });

    it("closes it, once", async () => {
      const data = await world.ok(close, { input: { concernId: id, note: "Support at home agreed." } });
      expect(data.closeConcern).toMatchObject({
        status: "CLOSED",
        closure: { closedBy: world.worker.id, note: "Support at home agreed." },
      });
      await world.ok(close, { input: { concernId: id } });
      expect((await world.events("concern.closed")).filter((e) => e.aggregateId === id)).toHaveLength(1);
    });
  });

  describe("due soon and overdue", () => {
    const ownTeam = randomUUID();
    const worker = randomUUID();
    const org = randomUUID();
    let dueToday: string, dueInThree: string, late: string;
    beforeAll(async () => {
      const scoped = (raisedOn: string) =>
        input({ raisedOn, teamId: ownTeam, responsibleProfessionalId: worker, organizationId: org });
      dueToday = (await world.ok(raise, { input: scoped(LocalDate.addDays(today, -3)) })).raiseConcern.id;
      dueInThree = (await world.ok(raise, { input: scoped(today) })).raiseConcern.id;
      late = (await world.ok(raise, { input: scoped(LocalDate.addDays(today, -10)) })).raiseConcern.id;
    });

    it("lists the concerns due within the window, earliest first, per professional, team and organisation", async () => {
      for (const filter of [{ responsibleProfessionalId: worker }, { teamId: ownTeam }, { organizationId: org }]) {
        const soon = await world.ok(dueSoon, { filter, withinDays: 2 });
        expect(soon.concernsDueSoon).toEqual([{ id: dueToday, daysLeft: 0 }]);
        const wider = await world.ok(dueSoon, { filter, withinDays: 3 });
        expect(wider.concernsDueSoon.map((c: { id: string }) => c.id)).toEqual([dueToday, dueInThree]);
      }
    });

    it("lists overdue concerns with how late they are", async () => {
      const data = await world.ok(overdue, { filter: { teamId: ownTeam } });
      expect(data.overdueConcerns).toEqual([{ id: late, isOverdue: true, daysLeft: -7 }]);
    });

    it("shows a team's overdue concerns only to viewers who may see the clients", async () => {
      const outsider = professional(world.city, { id: randomUUID() });
      expect((await world.ok(overdue, { filter: { teamId: ownTeam } }, outsider)).overdueConcerns).toEqual([]);
      expect((await world.ok(overdue, { filter: { teamId: ownTeam } }, clientViewer(parentId))).overdueConcerns).toEqual([]);
    });

    it("needs a filter", async () => {
      expect(await world.failure(overdue, { filter: {} })).toMatchObject({ field: "filter", rule: "criteria_required" });
    });
  });

  describe("family first", () => {
    it("shows a family's own concerns and its members' as a whole", async () => {
      const child = await world.createClient();
      const parent = await world.createClient();
      const familyId = (
        await world.ok(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
          input: {
            members: [
              { clientId: child, relation: "CHILD" },
              { clientId: parent, relation: "GUARDIAN" },
            ],
          },
        })
      ).createFamily.id;
      const aboutFamily = (
        await world.ok(raise, { input: input({ clientId: null, familyId, description: "The family has lost its home." }) })
      ).raiseConcern;
      const aboutChild = (await world.ok(raise, { input: input({ clientId: child, raisedOn: LocalDate.addDays(today, -1) }) }))
        .raiseConcern;
      const data = await world.ok(`query ($id: ID!) { family(id: $id) { concerns { id family { id } client { id } } } }`, {
        id: familyId,
      });
      expect(data.family.concerns).toEqual([
        { id: aboutFamily.id, family: { id: familyId }, client: null },
        { id: aboutChild.id, family: null, client: { id: child } },
      ]);
      // A client sees the family's concerns only when they may see every member's (here: not the child's).
      const asParent = await world.run(
        `query ($id: ID!) { concern(id: $id) { id } }`,
        { id: aboutFamily.id },
        clientViewer(parent),
      );
      expect(asParent.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    });
  });

  it("lists the deadline rules in force", async () => {
    const data = await world.ok(`{ deadlineRules { code days unit services } }`, {});
    expect(data.deadlineRules).toEqual([
      { code: "first_joint_meeting", days: 3, unit: "CALENDAR_DAYS", services: [] },
      { code: "child_protection_assessment_decision", days: 7, unit: "WORKING_DAYS", services: ["child_protection"] },
    ]);
  });
});
