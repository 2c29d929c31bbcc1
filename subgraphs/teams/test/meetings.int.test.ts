import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import { createTeamsWorld, errorOf, type TeamsWorld } from "./world";

const NETWORK = `mutation ($input: RecordNetworkMeetingInput!) {
  recordNetworkMeeting(input: $input) {
    id kind heldOn client { id } facilitator { id } professionals { id } familyMembers { relation client { id } } agreementIds
  }
}`;
const JOINT = `mutation ($input: RecordJointMeetingInput!) {
  recordJointMeeting(input: $input) { id kind heldOn facilitator { id } professionals { id } familyMembers { relation } }
}`;

describe("network meetings and joint meetings", () => {
  let world: TeamsWorld;
  /** A client with a client team (responsible worker and a school curator) and a neutral outsider. */
  interface Family {
    clientId: string;
    parentId: string;
    teamId: string;
    responsible: string;
    curator: string;
    facilitator: string;
    formerMember: string;
  }

  beforeAll(async () => {
    world = await createTeamsWorld("teams_meetings");
  });
  afterAll(async () => {
    await world?.close();
  });

  async function newProfessional(organizationId = world.county): Promise<string> {
    const id = randomUUID();
    await world.prisma.professional.create({
      data: { id, firstName: "Test", lastName: "Worker", profession: "social worker", organizationId },
    });
    return id;
  }

  async function newFamily(): Promise<Family> {
    const family: Family = {
      clientId: randomUUID(),
      parentId: randomUUID(),
      teamId: randomUUID(),
      responsible: await newProfessional(),
      curator: await newProfessional(world.city),
      facilitator: await newProfessional(),
      formerMember: await newProfessional(),
    };
    const since = new Date("2025-01-01");
    await world.prisma.team.create({ data: { id: family.teamId, name: "Client team", kind: "CLIENT_TEAM" } });
    await world.prisma.teamMembership.createMany({
      data: [
        { id: randomUUID(), teamId: family.teamId, professionalId: family.curator, role: "member", since },
        {
          id: randomUUID(),
          teamId: family.teamId,
          professionalId: family.formerMember,
          role: "member",
          since,
          until: new Date("2025-02-28"),
        },
      ],
    });
    await world.prisma.teamClient.create({ data: { teamId: family.teamId, clientId: family.clientId, since } });
    await world.prisma.responsibleWorker.create({
      data: { id: randomUUID(), clientId: family.clientId, professionalId: family.responsible, since, isCurrent: true },
    });
    return family;
  }

  const networkInput = (family: Family, overrides: Record<string, unknown> = {}) => ({
    clientId: family.clientId,
    heldOn: "2025-05-20",
    facilitatorId: family.facilitator,
    professionalIds: [family.responsible, family.curator],
    familyMembers: [
      { relation: "CLIENT", clientId: family.clientId },
      { relation: "PARENT", clientId: family.parentId },
      { relation: "GRANDPARENT" },
    ],
    agreementIds: [randomUUID(), randomUUID()].sort(),
    ...overrides,
  });

  describe("a network meeting (verkostopalaveri)", () => {
    it("records the meeting with its outside facilitator, participants and agreement references, and publishes meeting.recorded", async () => {
      const family = await newFamily();
      const id = randomUUID();
      const input = networkInput(family, { id });
      const response = await world.run(NETWORK, { input }, world.socialWorker());
      expect(response.errors).toBeUndefined();
      expect(response.data?.["recordNetworkMeeting"]).toEqual({
        id,
        kind: "NETWORK_MEETING",
        heldOn: "2025-05-20",
        client: { id: family.clientId },
        facilitator: { id: family.facilitator },
        professionals: [family.responsible, family.curator].sort().map((professionalId) => ({ id: professionalId })),
        familyMembers: expect.arrayContaining([
          { relation: "CLIENT", client: { id: family.clientId } },
          { relation: "PARENT", client: { id: family.parentId } },
          { relation: "GRANDPARENT", client: null },
        ]),
        agreementIds: input.agreementIds,
      });
      expect(await world.events(id)).toEqual([
        {
          type: "meeting.recorded",
          aggregateType: "Meeting",
          data: {
            meetingId: id,
            kind: "NETWORK_MEETING",
            clientId: family.clientId,
            heldOn: "2025-05-20",
            facilitatorId: family.facilitator,
            professionalIds: [family.responsible, family.curator],
            familyMembers: [
              { relation: "CLIENT", clientId: family.clientId },
              { relation: "PARENT", clientId: family.parentId },
              { relation: "GRANDPARENT", clientId: null },
            ],
            agreementIds: input.agreementIds,
          },
        },
      ]);
    });

    it("refuses a facilitator who is a member of the client's team, with a clear error, and writes nothing", async () => {
      const family = await newFamily();
      const id = randomUUID();
      const response = await world.run(
        NETWORK,
        { input: networkInput(family, { id, facilitatorId: family.curator }) },
        world.socialWorker(),
      );
      const error = errorOf(response);
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "input.facilitatorId", rule: "facilitator_on_team" });
      expect(error.message).toMatch(/outside the client's team/);
      expect(await world.prisma.meeting.findUnique({ where: { id } })).toBeNull();
      expect(await world.prisma.meetingProfessional.count({ where: { meetingId: id } })).toBe(0);
      expect(await world.events(id)).toEqual([]);
    });

    it("refuses the client's responsible worker as facilitator", async () => {
      const family = await newFamily();
      const response = await world.run(
        NETWORK,
        { input: networkInput(family, { facilitatorId: family.responsible }) },
        world.socialWorker(),
      );
      expect(errorOf(response)).toMatchObject({ field: "input.facilitatorId", rule: "facilitator_on_team" });
    });

    it("accepts a facilitator whose membership of the client's team had ended by the meeting day", async () => {
      const family = await newFamily();
      const response = await world.run(
        NETWORK,
        { input: networkInput(family, { facilitatorId: family.formerMember }) },
        world.socialWorker(),
      );
      expect(response.errors).toBeUndefined();
    });

    it("does not list the facilitator twice when they are also given as a participant", async () => {
      const family = await newFamily();
      const response = await world.run<{ recordNetworkMeeting: { professionals: { id: string }[] } }>(
        NETWORK,
        { input: networkInput(family, { professionalIds: [family.responsible, family.facilitator] }) },
        world.socialWorker(),
      );
      expect(response.data?.recordNetworkMeeting.professionals).toEqual([{ id: family.responsible }]);
    });

    it("returns the recorded meeting when the same record is retried, and refuses a differing one as a conflict", async () => {
      const family = await newFamily();
      const id = randomUUID();
      const input = networkInput(family, { id });
      await world.run(NETWORK, { input }, world.socialWorker());
      const again = await world.run(
        NETWORK,
        { input: { ...input, familyMembers: [...input.familyMembers].reverse() } },
        world.socialWorker(),
      );
      expect(again.errors).toBeUndefined();
      const different = await world.run(NETWORK, { input: { ...input, heldOn: "2025-05-21" } }, world.socialWorker());
      expect(errorOf(different)).toMatchObject({ code: "CONFLICT", fields: ["heldOn"] });
      expect(await world.events(id)).toHaveLength(1);
    });

    it("names no field of another client's meeting whose id a create reuses, so its content cannot be probed", async () => {
      const [one, other] = [await newFamily(), await newFamily()];
      const id = randomUUID();
      await world.run(NETWORK, { input: networkInput(one, { id }) }, world.socialWorker());
      // The same day as the stored meeting, and another: a per-field answer would tell which matched.
      const sameDay = await world.run(NETWORK, { input: networkInput(other, { id }) }, world.socialWorker());
      const otherDay = await world.run(
        NETWORK,
        { input: networkInput(other, { id, heldOn: "2025-05-21" }) },
        world.socialWorker(),
      );
      const withoutRequest = ({ requestId: _requestId, ...error }: Record<string, unknown>) => error;
      expect(withoutRequest(errorOf(sameDay))).toEqual({
        code: "CONFLICT",
        fields: ["id"],
        message: "A meeting with this id already exists; choose a new id for a new meeting.",
      });
      expect(withoutRequest(errorOf(otherDay))).toEqual(withoutRequest(errorOf(sameDay)));
      expect(await world.events(id)).toHaveLength(1);
    });

    it.each([
      ["an unknown facilitator", () => ({ facilitatorId: randomUUID() }), "input.facilitatorId", "not_found"],
      ["an unknown participant", () => ({ professionalIds: [randomUUID()] }), "input.professionalIds[0]", "not_found"],
      [
        "the same participant twice",
        (f: Family) => ({ professionalIds: [f.curator, f.curator] }),
        "input.professionalIds[1]",
        "duplicate",
      ],
      [
        "the same agreement twice",
        () => ({ agreementIds: ["7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11", "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11"] }),
        "input.agreementIds[1]",
        "duplicate",
      ],
      ["an agreement id that is not a UUID", () => ({ agreementIds: ["agreement-1"] }), "input.agreementIds[0]", "uuid"],
      [
        "a family member's client id that is not a UUID",
        () => ({ familyMembers: [{ relation: "PARENT", clientId: "mother" }] }),
        "input.familyMembers[0].clientId",
        "uuid",
      ],
      [
        "a family member called the client with another client's id",
        () => ({ familyMembers: [{ relation: "CLIENT", clientId: "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11" }] }),
        "input.familyMembers[0].clientId",
        "not_the_client",
      ],
      ["a meeting in the future", () => ({ heldOn: LocalDate.addDays(todayIn("Europe/Helsinki"), 1) }), "input.heldOn", "future"],
      ["a facilitator id that is not a UUID", () => ({ facilitatorId: "outsider" }), "input.facilitatorId", "uuid"],
    ])("refuses %s and writes nothing", async (_what, change, field, rule) => {
      const family = await newFamily();
      const response = await world.run(NETWORK, { input: networkInput(family, change(family)) }, world.socialWorker());
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.meeting.count({ where: { clientId: family.clientId } })).toBe(0);
    });

    it("refuses a professional without a lawful basis for the client, writes nothing and logs the denial", async () => {
      const family = await newFamily();
      const response = await world.run(NETWORK, { input: networkInput(family) }, world.outsider);
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN", category: "team" });
      expect(await world.prisma.meeting.count({ where: { clientId: family.clientId } })).toBe(0);
      expect(world.harness.accessLog.filter((entry) => entry.clientId === family.clientId)).toEqual([
        expect.objectContaining({ action: "create", outcome: "denied" }),
      ]);
    });
  });

  describe("a joint meeting (yhteistapaaminen)", () => {
    const jointInput = (family: Family, overrides: Record<string, unknown> = {}) => ({
      clientId: family.clientId,
      heldOn: "2025-06-02",
      professionalIds: [family.responsible],
      familyMembers: [{ relation: "CLIENT", clientId: family.clientId }],
      ...overrides,
    });

    it("records a meeting of the responsible worker and the client, without a facilitator", async () => {
      const family = await newFamily();
      const response = await world.run(JOINT, { input: jointInput(family) }, world.socialWorker());
      expect(response.errors).toBeUndefined();
      expect(response.data?.["recordJointMeeting"]).toMatchObject({
        kind: "JOINT_MEETING",
        facilitator: null,
        professionals: [{ id: family.responsible }],
        familyMembers: [{ relation: "CLIENT" }],
      });
      const meetingId = (response.data?.["recordJointMeeting"] as { id: string }).id;
      expect((await world.events(meetingId)).map((event) => event.type)).toEqual(["meeting.recorded"]);
    });

    it("needs the responsible worker of the meeting day, so a meeting before a handover needs the earlier one", async () => {
      const family = await newFamily();
      const next = await newProfessional();
      await world.run(
        `mutation ($input: AssignResponsibleWorkerInput!) { assignResponsibleWorker(input: $input) { since } }`,
        { input: { clientId: family.clientId, professionalId: next, since: "2025-07-01" } },
        world.socialWorker(),
      );
      const withNew = await world.run(
        JOINT,
        { input: jointInput(family, { heldOn: "2025-06-15", professionalIds: [next] }) },
        world.socialWorker(),
      );
      expect(errorOf(withNew)).toMatchObject({ field: "input.professionalIds", rule: "responsible_worker_absent" });
      const withEarlier = await world.run(JOINT, { input: jointInput(family, { heldOn: "2025-06-15" }) }, world.socialWorker());
      expect(withEarlier.errors).toBeUndefined();
      const afterHandover = await world.run(
        JOINT,
        { input: jointInput(family, { heldOn: "2025-07-02", professionalIds: [next] }) },
        world.socialWorker(),
      );
      expect(afterHandover.errors).toBeUndefined();
    });

    it.each([
      [
        "without the responsible worker",
        (f: Family) => ({ professionalIds: [f.curator] }),
        "input.professionalIds",
        "responsible_worker_absent",
      ],
      ["without the client", () => ({ familyMembers: [{ relation: "PARENT" }] }), "input.familyMembers", "client_absent"],
      [
        "for a day before the client had a responsible worker",
        () => ({ heldOn: "2024-12-31" }),
        "input.clientId",
        "no_responsible_worker",
      ],
    ])("refuses a joint meeting %s and writes nothing", async (_what, change, field, rule) => {
      const family = await newFamily();
      const response = await world.run(JOINT, { input: jointInput(family, change(family)) }, world.socialWorker());
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.meeting.count({ where: { clientId: family.clientId } })).toBe(0);
    });
  });

  describe("reading meetings", () => {
    const MEETINGS = `query ($r: [_Any!]!, $kind: MeetingKind) { _entities(representations: $r) { ... on Client {
      meetings(kind: $kind) { id kind heldOn facilitator { lastName } professionals { lastName } familyMembers { relation } agreementIds }
    } } }`;

    it("lists a client's meetings newest first, optionally of one kind", async () => {
      const family = await newFamily();
      await world.run(NETWORK, { input: networkInput(family, { heldOn: "2025-05-01" }) }, world.socialWorker());
      await world.run(
        JOINT,
        {
          input: {
            clientId: family.clientId,
            heldOn: "2025-05-10",
            professionalIds: [family.responsible],
            familyMembers: [{ relation: "CLIENT" }],
          },
        },
        world.socialWorker(),
      );
      type Meetings = { _entities: { meetings: { kind: string; heldOn: string }[] }[] };
      const all = await world.run<Meetings>(
        MEETINGS,
        { r: [{ __typename: "Client", id: family.clientId }] },
        world.socialWorker(),
      );
      expect(all.data?._entities[0]?.meetings.map((meeting) => [meeting.kind, meeting.heldOn])).toEqual([
        ["JOINT_MEETING", "2025-05-10"],
        ["NETWORK_MEETING", "2025-05-01"],
      ]);
      const network = await world.run<Meetings>(
        MEETINGS,
        { r: [{ __typename: "Client", id: family.clientId }], kind: "NETWORK_MEETING" },
        world.socialWorker(),
      );
      expect(network.data?._entities[0]?.meetings.map((meeting) => meeting.kind)).toEqual(["NETWORK_MEETING"]);
    });

    it("hides a client's meetings, and a meeting by id, from a viewer without a lawful basis", async () => {
      const family = await newFamily();
      const recorded = await world.run<{ recordNetworkMeeting: { id: string } }>(
        NETWORK,
        { input: networkInput(family) },
        world.socialWorker(),
      );
      const id = recorded.data!.recordNetworkMeeting.id;
      const byId = `query ($id: ID!) { meeting(id: $id) { id client { id } } }`;
      expect((await world.run(byId, { id }, world.socialWorker())).data?.["meeting"]).toEqual({
        id,
        client: { id: family.clientId },
      });
      const denied = await world.run(byId, { id }, world.outsider);
      expect(denied.data?.["meeting"]).toBeNull();
      expect(errorOf(denied)).toMatchObject({ code: "FORBIDDEN" });
      const list = await world.run(MEETINGS, { r: [{ __typename: "Client", id: family.clientId }] }, world.outsider);
      expect(errorOf(list)).toMatchObject({ code: "FORBIDDEN" });
      expect((await world.run(byId, { id: randomUUID() }, world.socialWorker())).data?.["meeting"]).toBeNull();
    });

    it("reads the meetings of many clients, with participants, in a fixed number of SQL statements", async () => {
      const families = await Promise.all([1, 2, 3, 4].map(() => newFamily()));
      for (const family of families) await world.run(NETWORK, { input: networkInput(family) }, world.socialWorker());
      const count = async (some: Family[]) => {
        world.counting.reset();
        const response = await world.run(
          MEETINGS,
          { r: some.map((family) => ({ __typename: "Client", id: family.clientId })) },
          world.socialWorker(),
        );
        expect(response.errors).toBeUndefined();
        return world.counting.count;
      };
      const one = await count(families.slice(0, 1));
      expect(await count(families)).toBe(one);
      // meetings, participant rows, family members, agreements, facilitators, participating professionals
      // (the last two are separate batches: participants are known only after their rows are read).
      expect(one).toBe(6);
    });
  });
});
