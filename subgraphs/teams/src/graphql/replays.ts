import { DataCategory, notFound } from "@silta/kernel";
import { replayById, type Replay } from "@silta/kernel/idempotency";
import type { TeamsContext } from "../context";

/**
 * How an idempotent retry finds each kind of result again, once per record type for every mutation
 * that returns it: loaded by id, NOT_FOUND when gone, checked as a query for it would be.
 */
export const organizationReplay = replayById("Organization", (id, ctx: TeamsContext) =>
  ctx.prisma.organization.findUnique({ where: { id } }),
);

export const professionalReplay = replayById("Professional", (id, ctx: TeamsContext) =>
  ctx.prisma.professional.findUnique({ where: { id } }),
);

export const teamMembershipReplay = replayById("Team membership", (id, ctx: TeamsContext) =>
  ctx.prisma.teamMembership.findUnique({ where: { id } }),
);

export const responsibleWorkerReplay = replayById(
  "Responsible worker period",
  (id, ctx: TeamsContext) => ctx.prisma.responsibleWorker.findUnique({ where: { id } }),
  (period, ctx) => ctx.access.assert(period.clientId, DataCategory.Team),
  (id, ctx) => ctx.access.refuseMissing(id, DataCategory.Team),
);

type TeamRow = NonNullable<Awaited<ReturnType<TeamsContext["loaders"]["team"]["load"]>>>;

/**
 * Adding a client to a team and removing one answer with the team; the store keeps [team, client]
 * with the key, the client for the access check (`idsOf` is the fallback of a key recorded without a write).
 */
export const teamOfClientReplay: Replay<TeamsContext, TeamRow> = {
  idsOf: (team) => [team.id],
  replay: async ([teamId, clientId], ctx) => {
    await ctx.access.assert(clientId!, DataCategory.Team);
    const team = await ctx.loaders.team.load(teamId!);
    if (!team) throw notFound("Team", teamId!);
    return team;
  },
};
