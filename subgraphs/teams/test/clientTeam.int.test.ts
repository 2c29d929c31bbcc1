import { randomUUID } from "node:crypto";
import { LocalDate, todayIn } from "@silta/kernel";
import { clientViewer } from "@silta/testkit";
import { createTeamsWorld, errorOf, type TeamsWorld } from "./world";

const ADD_MEMBER = `mutation ($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) { id role since until team { id } professional { id } }
}`;
const END_MEMBERSHIP = `mutation ($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { id until } }`;
const ADD_CLIENT = `mutation ($input: AddClientToTeamInput!) { addClientToTeam(input: $input) { id } }`;
const REMOVE_CLIENT = `mutation ($input: RemoveClientFromTeamInput!) { removeClientFromTeam(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignResponsibleWorkerInput!) {
  assignResponsibleWorker(input: $input) { since until professional { id } }
}`;
const CLIENT_TEAM = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client {
  id
  teams { id }
  responsibleWorker { id }
  responsibleWorkerHistory { since until professional { id } }
  teamMembers { isResponsibleWorker professional { id } teams { id } }
} } }`;

interface ClientTeamView {
  id: string;
  teams: { id: string }[] | null;
  responsibleWorker: { id: string } | null;
  responsibleWorkerHistory: { since: string; until: string | null; professional: { id: string } }[] | null;
  teamMembers: { isResponsibleWorker: boolean; professional: { id: string }; teams: { id: string }[] }[] | null;
}

describe("a client's own team and responsible worker", () => {
  let world: TeamsWorld;
  const today = todayIn("Europe/Helsinki");

  beforeAll(async () => {
    world = await createTeamsWorld("teams_client_team");
  });
  afterAll(async () => {
    await world?.close();
  });

  async function newProfessional(organizationId = world.county, active = true): Promise<string> {
    const id = randomUUID();
    await world.prisma.professional.create({
      data: { id, firstName: "Test", lastName: "Worker", profession: "social worker", organizationId, active },
    });
    return id;
  }

  async function newTeam(kind: "CLIENT_TEAM" | "AREA_TEAM" = "CLIENT_TEAM"): Promise<string> {
    const id = randomUUID();
    await world.prisma.team.create({ data: { id, name: `Team ${id.slice(0, 8)}`, kind } });
    return id;
  }

  async function clientTeam(clientId: string, viewer = world.socialWorker()): Promise<ClientTeamView> {
    const response = await world.run<{ _entities: ClientTeamView[] }>(
      CLIENT_TEAM,
      { representations: [{ __typename: "Client", id: clientId }] },
      viewer,
    );
    expect(response.errors).toBeUndefined();
    return response.data!._entities[0]!;
  }

  describe("team members", () => {
    it("adds members from several organisations and publishes team.member_added with their organisation", async () => {
      const team = await newTeam();
      const [social, curator] = [await newProfessional(), await newProfessional(world.city)];
      for (const [professionalId, role] of [
        [social, "coordinator"],
        [curator, "member"],
      ] as const) {
        const response = await world.run(
          ADD_MEMBER,
          { input: { teamId: team, professionalId, role, since: "2025-01-01" } },
          world.manager,
        );
        expect(response.errors).toBeUndefined();
      }
      expect((await world.events(team)).map((event) => event.data)).toEqual([
        {
          teamId: team,
          professionalId: social,
          organizationId: world.county,
          role: "coordinator",
          since: "2025-01-01",
          until: null,
        },
        { teamId: team, professionalId: curator, organizationId: world.city, role: "member", since: "2025-01-01", until: null },
      ]);
      const members = await world.run<{ team: { members: { professional: { organization: { id: string } } }[] } }>(
        `query ($id: ID!) { team(id: $id) { members { professional { organization { id } } } } }`,
        { id: team },
        world.outsider,
      );
      expect(members.data?.team.members.map((member) => member.professional.organization.id).sort()).toEqual(
        [world.county, world.city].sort(),
      );
    });

    it("returns the same membership when the add is retried with the same id, and refuses a differing retry", async () => {
      const team = await newTeam();
      const professionalId = await newProfessional();
      const id = randomUUID();
      const input = { id, teamId: team, professionalId, role: "member", since: "2025-01-01" };
      expect((await world.run(ADD_MEMBER, { input }, world.manager)).errors).toBeUndefined();
      const again = await world.run(ADD_MEMBER, { input }, world.manager);
      expect(again.data?.["addTeamMember"]).toMatchObject({ id, role: "member" });
      expect(errorOf(await world.run(ADD_MEMBER, { input: { ...input, role: "chair" } }, world.manager))).toMatchObject({
        code: "CONFLICT",
        fields: ["role"],
      });
      expect(await world.events(team)).toHaveLength(1);
    });

    it.each([
      ["an unknown team", async () => ({ teamId: randomUUID() }), "input.teamId", "not_found"],
      ["an unknown professional", async () => ({ professionalId: randomUUID() }), "input.professionalId", "not_found"],
      [
        "an inactive professional",
        async () => ({ professionalId: await newProfessional(world.county, false) }),
        "input.professionalId",
        "inactive",
      ],
      ["a role that is not a code", async () => ({ role: "Sosiaalityöntekijä!" }), "input.role", "role_code"],
      ["an end before the start", async () => ({ until: "2024-12-31" }), "input.until", "until_before_since"],
      ["a team id that is not a UUID", async () => ({ teamId: "team-1" }), "input.teamId", "uuid"],
    ])("refuses %s and writes nothing", async (_what, change, field, rule) => {
      const team = await newTeam();
      const input = {
        teamId: team,
        professionalId: await newProfessional(),
        role: "member",
        since: "2025-01-01",
        ...(await change()),
      };
      const response = await world.run(ADD_MEMBER, { input }, world.manager);
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(await world.prisma.teamMembership.count({ where: { teamId: team } })).toBe(0);
      expect(await world.events(team)).toEqual([]);
    });

    it("refuses a second membership of the same professional in an overlapping period", async () => {
      const team = await newTeam();
      const professionalId = await newProfessional();
      await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId, role: "member", since: "2025-01-01", until: "2025-03-31" } },
        world.manager,
      );
      const overlapping = await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId, role: "chair", since: "2025-03-01" } },
        world.manager,
      );
      expect(errorOf(overlapping)).toMatchObject({ field: "input.professionalId", rule: "already_member" });
      const after = await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId, role: "chair", since: "2025-04-01" } },
        world.manager,
      );
      expect(after.errors).toBeUndefined();
    });

    it("lets a current member of a client team add a colleague, but not a professional outside the team", async () => {
      const team = await newTeam();
      const member = await newProfessional();
      await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: member, role: "member", since: "2025-01-01" } },
        world.manager,
      );
      const byMember = await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: await newProfessional(world.city), role: "member", since: "2025-02-01" } },
        world.socialWorker(member),
      );
      expect(byMember.errors).toBeUndefined();
      const byStranger = await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: await newProfessional(), role: "member", since: "2025-02-01" } },
        world.socialWorker(),
      );
      expect(errorOf(byStranger)).toMatchObject({ code: "FORBIDDEN", reason: "not_team_member" });
    });

    it("does not let a member of an area team change its membership without the manager role", async () => {
      const team = await newTeam("AREA_TEAM");
      const member = await newProfessional();
      await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: member, role: "member", since: "2025-01-01" } },
        world.manager,
      );
      const response = await world.run(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: await newProfessional(), role: "member", since: "2025-02-01" } },
        world.socialWorker(member),
      );
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN" });
    });

    it("counts a membership that starts in the future as current only from its first day", async () => {
      const team = await newTeam();
      const professionalId = await newProfessional();
      const since = LocalDate.addDays(today, 7);
      expect(
        (await world.run(ADD_MEMBER, { input: { teamId: team, professionalId, role: "member", since } }, world.manager)).errors,
      ).toBeUndefined();
      const members = await world.run<{ team: { now: unknown[]; all: { since: string }[] } }>(
        `query ($id: ID!) { team(id: $id) { now: members { id } all: members(includeFormer: true) { since } } }`,
        { id: team },
        world.manager,
      );
      expect(members.data?.team).toEqual({ now: [], all: [{ since }] });
    });

    it("ends a membership, keeps it as history and publishes team.member_removed", async () => {
      const team = await newTeam();
      const professionalId = await newProfessional();
      const added = await world.run<{ addTeamMember: { id: string } }>(
        ADD_MEMBER,
        { input: { teamId: team, professionalId, role: "member", since: "2025-01-01" } },
        world.manager,
      );
      const membershipId = added.data!.addTeamMember.id;
      const ended = await world.run(END_MEMBERSHIP, { input: { membershipId, until: "2025-06-30" } }, world.manager);
      expect(ended.data?.["endTeamMembership"]).toEqual({ id: membershipId, until: "2025-06-30" });
      expect((await world.events(team)).at(-1)).toEqual({
        type: "team.member_removed",
        aggregateType: "Team",
        data: { teamId: team, professionalId, until: "2025-06-30" },
      });
      const members = await world.run<{ team: { now: unknown[]; all: { until: string | null }[] } }>(
        `query ($id: ID!) { team(id: $id) { now: members { id } all: members(includeFormer: true) { until } } }`,
        { id: team },
        world.manager,
      );
      expect(members.data?.team).toEqual({ now: [], all: [{ until: "2025-06-30" }] });
      // A retry with the same day changes nothing; another day is a conflict.
      expect(
        (await world.run(END_MEMBERSHIP, { input: { membershipId, until: "2025-06-30" } }, world.manager)).errors,
      ).toBeUndefined();
      expect(
        errorOf(await world.run(END_MEMBERSHIP, { input: { membershipId, until: "2025-07-31" } }, world.manager)),
      ).toMatchObject({
        code: "CONFLICT",
      });
      expect((await world.events(team)).filter((event) => event.type === "team.member_removed")).toHaveLength(1);
    });

    it("refuses to end a membership before it began, an unknown membership, and an outsider's attempt", async () => {
      const team = await newTeam();
      const added = await world.run<{ addTeamMember: { id: string } }>(
        ADD_MEMBER,
        { input: { teamId: team, professionalId: await newProfessional(), role: "member", since: "2025-01-01" } },
        world.manager,
      );
      const membershipId = added.data!.addTeamMember.id;
      expect(
        errorOf(await world.run(END_MEMBERSHIP, { input: { membershipId, until: "2024-12-31" } }, world.manager)),
      ).toMatchObject({
        field: "input.until",
        rule: "until_before_since",
      });
      expect(
        errorOf(await world.run(END_MEMBERSHIP, { input: { membershipId: randomUUID(), until: "2025-02-01" } }, world.manager)),
      ).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(
        errorOf(await world.run(END_MEMBERSHIP, { input: { membershipId, until: "2025-02-01" } }, world.outsider)),
      ).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await world.prisma.teamMembership.findUnique({ where: { id: membershipId } })).toMatchObject({ until: null });
    });
  });

  describe("clients of a team", () => {
    it("adds a client to a team once, publishes team.client_added, and shows the team among the client's teams", async () => {
      const team = await newTeam();
      const clientId = randomUUID();
      const input = { teamId: team, clientId, since: "2025-02-01" };
      expect((await world.run(ADD_CLIENT, { input }, world.socialWorker())).errors).toBeUndefined();
      expect((await world.run(ADD_CLIENT, { input }, world.socialWorker())).errors).toBeUndefined();
      expect(await world.events(team)).toEqual([
        { type: "team.client_added", aggregateType: "Team", data: { teamId: team, clientId, since: "2025-02-01", until: null } },
      ]);
      expect((await clientTeam(clientId)).teams).toEqual([{ id: team }]);
    });

    it("removes a client, publishes team.client_removed, and takes the client back later in a new period", async () => {
      const team = await newTeam();
      const clientId = randomUUID();
      await world.run(ADD_CLIENT, { input: { teamId: team, clientId, since: "2025-02-01" } }, world.socialWorker());
      const removed = await world.run(
        REMOVE_CLIENT,
        { input: { teamId: team, clientId, until: "2025-05-31" } },
        world.socialWorker(),
      );
      expect(removed.errors).toBeUndefined();
      expect((await clientTeam(clientId)).teams).toEqual([]);
      expect(
        (await world.run(REMOVE_CLIENT, { input: { teamId: team, clientId, until: "2025-05-31" } }, world.socialWorker())).errors,
      ).toBeUndefined();
      expect(
        errorOf(await world.run(REMOVE_CLIENT, { input: { teamId: team, clientId, until: "2025-06-30" } }, world.socialWorker())),
      ).toMatchObject({
        code: "CONFLICT",
      });
      expect(
        errorOf(await world.run(ADD_CLIENT, { input: { teamId: team, clientId, since: "2025-05-31" } }, world.socialWorker())),
      ).toMatchObject({
        field: "input.since",
        rule: "overlaps_previous",
      });
      expect(
        (await world.run(ADD_CLIENT, { input: { teamId: team, clientId, since: "2025-06-01" } }, world.socialWorker())).errors,
      ).toBeUndefined();
      expect((await world.events(team)).map((event) => [event.type, event.data])).toEqual([
        ["team.client_added", { teamId: team, clientId, since: "2025-02-01", until: null }],
        ["team.client_removed", { teamId: team, clientId, until: "2025-05-31" }],
        ["team.client_added", { teamId: team, clientId, since: "2025-06-01", until: null }],
      ]);
    });

    it.each([
      [
        "adding to an unknown team",
        ADD_CLIENT,
        async () => ({ teamId: randomUUID(), clientId: randomUUID(), since: "2025-01-01" }),
        "input.teamId",
        "not_found",
      ],
      [
        "removing a client the team does not work with",
        REMOVE_CLIENT,
        async () => ({ teamId: await newTeam(), clientId: randomUUID(), until: "2025-01-01" }),
        "input.clientId",
        "not_on_team",
      ],
      [
        "a client id that is not a UUID",
        ADD_CLIENT,
        async () => ({ teamId: await newTeam(), clientId: "aino", since: "2025-01-01" }),
        "input.clientId",
        "uuid",
      ],
    ])("refuses %s", async (_what, mutation, input, field, rule) => {
      expect(errorOf(await world.run(mutation, { input: await input() }, world.socialWorker()))).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
        rule,
      });
    });

    it("refuses to remove a client before the team began with them", async () => {
      const team = await newTeam();
      const clientId = randomUUID();
      await world.run(ADD_CLIENT, { input: { teamId: team, clientId, since: "2025-02-01" } }, world.socialWorker());
      expect(
        errorOf(await world.run(REMOVE_CLIENT, { input: { teamId: team, clientId, until: "2025-01-31" } }, world.socialWorker())),
      ).toMatchObject({
        field: "input.until",
        rule: "until_before_since",
      });
    });

    it("refuses a professional without a lawful basis for the client, writes nothing and logs the denial", async () => {
      const team = await newTeam();
      const clientId = randomUUID();
      const response = await world.run(ADD_CLIENT, { input: { teamId: team, clientId, since: "2025-01-01" } }, world.outsider);
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN", category: "team" });
      expect(await world.prisma.teamClient.count({ where: { teamId: team } })).toBe(0);
      expect(world.harness.accessLog.filter((entry) => entry.clientId === clientId)).toEqual([
        expect.objectContaining({ action: "grant", category: "team", outcome: "denied" }),
      ]);
      const removal = await world.run(
        REMOVE_CLIENT,
        { input: { teamId: team, clientId, until: "2025-01-01" } },
        clientViewer(randomUUID()),
      );
      expect(errorOf(removal)).toMatchObject({ code: "FORBIDDEN" });
    });
  });

  describe("the responsible worker", () => {
    it("assigns a responsible worker and publishes client.responsible_worker_assigned", async () => {
      const clientId = randomUUID();
      const professionalId = await newProfessional();
      const response = await world.run(
        ASSIGN,
        { input: { clientId, professionalId, since: "2025-03-01" } },
        world.socialWorker(),
      );
      expect(response.data?.["assignResponsibleWorker"]).toEqual({
        since: "2025-03-01",
        until: null,
        professional: { id: professionalId },
      });
      expect(await world.events(clientId)).toEqual([
        {
          type: "client.responsible_worker_assigned",
          aggregateType: "Client",
          data: { clientId, professionalId, organizationId: world.county, previousProfessionalId: null, since: "2025-03-01" },
        },
      ]);
      expect((await clientTeam(clientId)).responsibleWorker).toEqual({ id: professionalId });
    });

    it("hands responsibility over, ending the previous period the day before and keeping the history", async () => {
      const clientId = randomUUID();
      const [first, second] = [await newProfessional(), await newProfessional(world.city)];
      await world.run(ASSIGN, { input: { clientId, professionalId: first, since: "2025-03-01" } }, world.socialWorker());
      await world.run(ASSIGN, { input: { clientId, professionalId: second, since: "2025-09-01" } }, world.socialWorker());
      const view = await clientTeam(clientId);
      expect(view.responsibleWorker).toEqual({ id: second });
      expect(view.responsibleWorkerHistory).toEqual([
        { since: "2025-09-01", until: null, professional: { id: second } },
        { since: "2025-03-01", until: "2025-08-31", professional: { id: first } },
      ]);
      expect((await world.events(clientId)).at(-1)?.data).toEqual({
        clientId,
        professionalId: second,
        organizationId: world.city,
        previousProfessionalId: first,
        since: "2025-09-01",
      });
      expect(await world.prisma.responsibleWorker.count({ where: { clientId, isCurrent: true } })).toBe(1);
    });

    it("treats assigning the current responsible worker again as a retry: nothing changes", async () => {
      const clientId = randomUUID();
      const professionalId = await newProfessional();
      await world.run(ASSIGN, { input: { clientId, professionalId, since: "2025-03-01" } }, world.socialWorker());
      const again = await world.run(ASSIGN, { input: { clientId, professionalId, since: "2025-04-01" } }, world.socialWorker());
      expect(again.data?.["assignResponsibleWorker"]).toMatchObject({ since: "2025-03-01" });
      expect(await world.events(clientId)).toHaveLength(1);
    });

    it("keeps exactly one responsible worker when two handovers race", async () => {
      const clientId = randomUUID();
      await world.run(
        ASSIGN,
        { input: { clientId, professionalId: await newProfessional(), since: "2025-01-01" } },
        world.socialWorker(),
      );
      const candidates = await Promise.all([1, 2, 3].map(() => newProfessional()));
      const responses = await Promise.all(
        candidates.map((professionalId) =>
          world.run(ASSIGN, { input: { clientId, professionalId, since: "2025-06-01" } }, world.socialWorker()),
        ),
      );
      expect(responses.filter((response) => !response.errors)).not.toHaveLength(0);
      expect(await world.prisma.responsibleWorker.count({ where: { clientId, isCurrent: true } })).toBe(1);
      for (const response of responses.filter((response) => response.errors))
        expect(errorOf(response)).toMatchObject({ rule: "not_after_current" });
    });

    it.each([
      ["an unknown professional", async () => ({ professionalId: randomUUID() }), "input.professionalId", "not_found"],
      [
        "an inactive professional",
        async () => ({ professionalId: await newProfessional(world.county, false) }),
        "input.professionalId",
        "inactive",
      ],
      [
        "a start in the future",
        async () => ({ since: LocalDate.addDays(todayIn("Europe/Helsinki"), 1) }),
        "input.since",
        "future",
      ],
      ["a start not after the current one's", async () => ({ since: "2025-03-01" }), "input.since", "not_after_current"],
      ["a client id that is not a UUID", async () => ({ clientId: "aino" }), "input.clientId", "uuid"],
    ])("refuses %s and writes nothing", async (_what, change, field, rule) => {
      const clientId = randomUUID();
      const current = await newProfessional();
      await world.run(ASSIGN, { input: { clientId, professionalId: current, since: "2025-03-01" } }, world.socialWorker());
      const response = await world.run(
        ASSIGN,
        { input: { clientId, professionalId: await newProfessional(), since: "2025-06-01", ...(await change()) } },
        world.socialWorker(),
      );
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
      expect(
        await world.prisma.responsibleWorker.findMany({ where: { clientId }, select: { professionalId: true, until: true } }),
      ).toEqual([{ professionalId: current, until: null }]);
      expect(await world.events(clientId)).toHaveLength(1);
    });

    it("refuses an assignment by a professional without a lawful basis", async () => {
      const clientId = randomUUID();
      const response = await world.run(
        ASSIGN,
        { input: { clientId, professionalId: await newProfessional(), since: "2025-03-01" } },
        world.outsider,
      );
      expect(errorOf(response)).toMatchObject({ code: "FORBIDDEN" });
      expect(await world.prisma.responsibleWorker.count({ where: { clientId } })).toBe(0);
    });
  });

  describe("queries of the client's team", () => {
    it("lists the client's own team: the responsible worker first, then the members of every team working with the client", async () => {
      const clientId = randomUUID();
      const [clientTeamId, areaTeamId] = [await newTeam(), await newTeam("AREA_TEAM")];
      const [responsible, nurse, curator] = [await newProfessional(), await newProfessional(), await newProfessional(world.city)];
      for (const [teamId, professionalId] of [
        [clientTeamId, responsible],
        [clientTeamId, curator],
        [areaTeamId, nurse],
        [areaTeamId, curator],
      ] as const)
        await world.run(ADD_MEMBER, { input: { teamId, professionalId, role: "member", since: "2025-01-01" } }, world.manager);
      for (const teamId of [clientTeamId, areaTeamId])
        await world.run(ADD_CLIENT, { input: { teamId, clientId, since: "2025-01-01" } }, world.socialWorker());
      await world.run(ASSIGN, { input: { clientId, professionalId: responsible, since: "2025-01-01" } }, world.socialWorker());

      const members = (await clientTeam(clientId)).teamMembers!;
      expect(members[0]).toEqual({ isResponsibleWorker: true, professional: { id: responsible }, teams: [{ id: clientTeamId }] });
      expect(
        members
          .slice(1)
          .map((member) => [member.professional.id, member.isResponsibleWorker, member.teams.map((t) => t.id).sort()])
          .sort(),
      ).toEqual(
        [
          [curator, false, [clientTeamId, areaTeamId].sort()],
          [nurse, false, [areaTeamId]],
        ].sort(),
      );
    });

    it("hides a client's team, responsible worker and history from a viewer without a lawful basis, and logs the denial", async () => {
      const clientId = randomUUID();
      await world.run(
        ASSIGN,
        { input: { clientId, professionalId: await newProfessional(), since: "2025-01-01" } },
        world.socialWorker(),
      );
      const response = await world.run<{ _entities: ClientTeamView[] }>(
        CLIENT_TEAM,
        { representations: [{ __typename: "Client", id: clientId }] },
        world.outsider,
      );
      // Every denied field is null with FORBIDDEN at its own path; the client entry itself stays.
      expect(response.data?._entities[0]).toMatchObject({
        id: clientId,
        teams: null,
        responsibleWorker: null,
        responsibleWorkerHistory: null,
        teamMembers: null,
      });
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(new Set(response.errors?.map((error) => error.extensions?.["code"]))).toEqual(new Set(["FORBIDDEN"]));
      expect(new Set(response.errors?.map((error) => error.path?.at(-1)))).toEqual(
        new Set(["teams", "responsibleWorker", "responsibleWorkerHistory", "teamMembers"]),
      );
      const nullable = await world.run<{ _entities: { responsibleWorker: unknown }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { responsibleWorker { id } } } }`,
        { r: [{ __typename: "Client", id: clientId }] },
        world.outsider,
      );
      expect(nullable.data?._entities[0]).toEqual({ responsibleWorker: null });
      expect(errorOf(nullable)).toMatchObject({ code: "FORBIDDEN", category: "team" });
      expect(
        world.harness.accessLog
          .filter((entry) => entry.clientId === clientId && entry.organizationId === world.city)
          .map((entry) => entry.outcome),
      ).toEqual(["denied", "denied"]);
    });

    it("lists a professional's teams and clients, and only the clients the viewer may see", async () => {
      const professionalId = await newProfessional();
      const teamId = await newTeam();
      const [onTeam, responsibleFor] = [randomUUID(), randomUUID()];
      await world.run(ADD_MEMBER, { input: { teamId, professionalId, role: "member", since: "2025-01-01" } }, world.manager);
      await world.run(ADD_CLIENT, { input: { teamId, clientId: onTeam, since: "2025-01-01" } }, world.socialWorker());
      await world.run(ASSIGN, { input: { clientId: responsibleFor, professionalId, since: "2025-01-01" } }, world.socialWorker());
      const query = `query ($id: ID!) { professional(id: $id) {
        teams { id } clients { edges { node { id } } } responsibleFor { edges { node { id } } } } }`;
      const nodes = (ids: string[]) => ({ edges: ids.map((id) => ({ node: { id } })) });
      const insider = await world.run(query, { id: professionalId }, world.socialWorker());
      expect(insider.data?.["professional"]).toEqual({
        teams: [{ id: teamId }],
        clients: nodes([onTeam, responsibleFor].sort()),
        responsibleFor: nodes([responsibleFor]),
      });
      const outsider = await world.run(query, { id: professionalId }, world.outsider);
      expect(outsider.data?.["professional"]).toEqual({ teams: [{ id: teamId }], clients: nodes([]), responsibleFor: nodes([]) });
    });

    it("finds the clients of a team without a responsible worker, or whose responsible worker has left, page by page", async () => {
      const teamId = await newTeam();
      const clients = [randomUUID(), randomUUID(), randomUUID(), randomUUID()].sort();
      for (const clientId of clients)
        await world.run(ADD_CLIENT, { input: { teamId, clientId, since: "2025-01-01" } }, world.socialWorker());
      const leaver = await newProfessional();
      await world.run(
        ASSIGN,
        { input: { clientId: clients[0], professionalId: await newProfessional(), since: "2025-01-01" } },
        world.socialWorker(),
      );
      await world.run(
        ASSIGN,
        { input: { clientId: clients[1], professionalId: leaver, since: "2025-01-01" } },
        world.socialWorker(),
      );
      await world.prisma.professional.update({ where: { id: leaver }, data: { active: false } });

      const query = `query ($teamId: ID, $after: String) { clientsWithoutResponsibleWorker(teamId: $teamId, first: 2, after: $after) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      type Page = {
        clientsWithoutResponsibleWorker: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      // A cursor is sealed for its viewer: both pages are asked by the same one.
      const reader = world.socialWorker();
      const first = await world.run<Page>(query, { teamId }, reader);
      expect(first.data?.clientsWithoutResponsibleWorker.edges.map((edge) => edge.node.id)).toEqual([clients[1], clients[2]]);
      expect(first.data?.clientsWithoutResponsibleWorker.pageInfo.hasNextPage).toBe(true);
      const second = await world.run<Page>(
        query,
        { teamId, after: first.data?.clientsWithoutResponsibleWorker.pageInfo.endCursor },
        reader,
      );
      expect(second.data?.clientsWithoutResponsibleWorker.edges.map((edge) => edge.node.id)).toEqual([clients[3]]);
      expect(second.data?.clientsWithoutResponsibleWorker.pageInfo.hasNextPage).toBe(false);
      const hidden = await world.run<Page>(query, { teamId }, world.outsider);
      expect(hidden.data?.clientsWithoutResponsibleWorker.edges).toEqual([]);
    });

    it("refuses a forged cursor and a page size out of range", async () => {
      const query = `query ($after: String, $first: Int) { clientsWithoutResponsibleWorker(first: $first, after: $after) { edges { cursor } } }`;
      expect(errorOf(await world.run(query, { after: "not-a-cursor" }, world.socialWorker()))).toMatchObject({
        field: "after",
        rule: "cursor",
      });
      expect(errorOf(await world.run(query, { first: 0 }, world.socialWorker()))).toMatchObject({
        field: "first",
        rule: "range",
      });
    });
  });

  it("today is a county day, so the tests' past dates are in the past", () => {
    expect(today > "2025-12-31").toBe(true);
  });
});
