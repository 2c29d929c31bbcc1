import { randomUUID } from "node:crypto";
import { createTeamsWorld, errorOf, type TeamsWorld } from "./world";

const ASSIGN = `mutation ($input: AssignResponsibleWorkerInput!) {
  assignResponsibleWorker(input: $input) { since until professional { id } }
}`;
const ADD_CLIENT = `mutation ($input: AddClientToTeamInput!) { addClientToTeam(input: $input) { id } }`;
const REMOVE_CLIENT = `mutation ($input: RemoveClientFromTeamInput!) { removeClientFromTeam(input: $input) { id } }`;

describe("teams writes retried with an Idempotency-Key (docs/idempotency.md)", () => {
  let world: TeamsWorld;
  beforeAll(async () => {
    world = await createTeamsWorld("teams_idempotency");
  });
  afterAll(async () => {
    await world?.close();
  });

  // Keys are per viewer: one social worker sends every keyed write here.
  let socialWorker: ReturnType<TeamsWorld["socialWorker"]>;
  beforeAll(() => {
    socialWorker = world.socialWorker();
  });
  const send = (query: string, variables: Record<string, unknown>, key?: string) =>
    world.harness.query<Record<string, any>>(query, variables, socialWorker, key ? { "idempotency-key": key } : {});

  async function newProfessional(): Promise<string> {
    const id = randomUUID();
    await world.prisma.professional.create({
      data: {
        id,
        firstName: "Test",
        lastName: "Worker",
        profession: "social worker",
        organizationId: world.county,
        active: true,
      },
    });
    return id;
  }
  async function newTeam(): Promise<string> {
    const id = randomUUID();
    await world.prisma.team.create({ data: { id, name: `Team ${id.slice(0, 8)}`, kind: "CLIENT_TEAM" } });
    return id;
  }
  const periods = (clientId: string) => world.prisma.responsibleWorker.count({ where: { clientId } });
  const events = async (aggregateId: string) => (await world.events(aggregateId)).length;

  describe("assignResponsibleWorker", () => {
    it("assigns once for a retried handover and answers the retry with the same result", async () => {
      const clientId = randomUUID();
      const [first, second] = [await newProfessional(), await newProfessional()];
      await send(ASSIGN, { input: { clientId, professionalId: first, since: "2025-03-01" } });
      const key = randomUUID();
      const input = { clientId, professionalId: second, since: "2025-09-01" };
      const answer = await send(ASSIGN, { input }, key);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.["assignResponsibleWorker"]).toEqual({
        since: "2025-09-01",
        until: null,
        professional: { id: second },
      });
      const [eventsBefore, periodsBefore] = [await events(clientId), await periods(clientId)];
      expect([eventsBefore, periodsBefore]).toEqual([2, 2]);

      const retry = await send(ASSIGN, { input }, key);
      expect(retry).toEqual(answer);
      expect(await events(clientId)).toBe(eventsBefore);
      expect(await periods(clientId)).toBe(periodsBefore);
      const [stored] = await world.prisma.idempotencyKey.findMany({ where: { key } });
      expect(stored).toMatchObject({ viewerId: socialWorker.id, field: "assignResponsibleWorker" });
      const period = await world.prisma.responsibleWorker.findFirstOrThrow({ where: { clientId, isCurrent: true } });
      expect(stored!.resultIds).toEqual([period.id]);
    });

    it("refuses the same key with a different input as CONFLICT naming the header, and changes nothing", async () => {
      const clientId = randomUUID();
      const [first, second] = [await newProfessional(), await newProfessional()];
      const key = randomUUID();
      await send(ASSIGN, { input: { clientId, professionalId: first, since: "2025-03-01" } }, key);
      const reused = await send(ASSIGN, { input: { clientId, professionalId: second, since: "2025-09-01" } }, key);
      expect(errorOf(reused)).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key", rule: "same_input" });
      expect(await events(clientId)).toBe(1);
      expect(await periods(clientId)).toBe(1);
      const current = await world.prisma.responsibleWorker.findFirstOrThrow({ where: { clientId, isCurrent: true } });
      expect(current.professionalId).toBe(first);
    });

    it("does not let a late retry hand the client back after a later handover", async () => {
      const clientId = randomUUID();
      const [first, second] = [await newProfessional(), await newProfessional()];
      const key = randomUUID();
      const input = { clientId, professionalId: first, since: "2025-03-01" };
      await send(ASSIGN, { input }, key);
      await send(ASSIGN, { input: { clientId, professionalId: second, since: "2025-09-01" } });
      const late = await send(ASSIGN, { input }, key);
      // The period it made, as it is now: ended by the handover.
      expect(late.data?.["assignResponsibleWorker"]).toEqual({
        since: "2025-03-01",
        until: "2025-08-31",
        professional: { id: first },
      });
      const current = await world.prisma.responsibleWorker.findFirstOrThrow({ where: { clientId, isCurrent: true } });
      expect(current.professionalId).toBe(second);
      expect(await events(clientId)).toBe(2);
    });
  });

  describe("a client's teams", () => {
    it("does not let a late retried addClientToTeam bring back a client removed since", async () => {
      const [clientId, teamId] = [randomUUID(), await newTeam()];
      const key = randomUUID();
      const input = { teamId, clientId, since: "2025-03-01" };
      const first = await send(ADD_CLIENT, { input }, key);
      expect(first.data?.["addClientToTeam"]).toEqual({ id: teamId });
      await send(REMOVE_CLIENT, { input: { teamId, clientId, until: "2025-06-30" } });
      const late = await send(ADD_CLIENT, { input }, key);
      expect(late).toEqual(first);
      const link = await world.prisma.teamClient.findUniqueOrThrow({ where: { teamId_clientId: { teamId, clientId } } });
      expect(link.until).not.toBeNull();
      expect(await world.prisma.outboxEvent.count({ where: { aggregateId: teamId } })).toBe(2);
    });

    it("refuses a removal's key reused for another date as CONFLICT naming the header", async () => {
      const [clientId, teamId] = [randomUUID(), await newTeam()];
      await send(ADD_CLIENT, { input: { teamId, clientId, since: "2025-03-01" } });
      const key = randomUUID();
      const input = { teamId, clientId, until: "2025-06-30" };
      const first = await send(REMOVE_CLIENT, { input }, key);
      expect(first.errors).toBeUndefined();
      expect(await send(REMOVE_CLIENT, { input }, key)).toEqual(first);
      const reused = await send(REMOVE_CLIENT, { input: { ...input, until: "2025-07-31" } }, key);
      expect(errorOf(reused)).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key" });
      expect(await world.prisma.outboxEvent.count({ where: { aggregateId: teamId } })).toBe(2);
    });
  });
});
