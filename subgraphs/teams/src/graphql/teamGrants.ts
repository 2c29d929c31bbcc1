import { DataCategory, forbidden, LocalDate } from "@silta/kernel";
import type { TeamsContext } from "../context";
import { mayManageDirectory } from "../domain/writePermission";

/**
 * A membership of a team that works with clients grants access to each of them, so adding a member
 * is a grant for every client the team has today (docs/access.md, "Who may create access"): a
 * member adding a colleague must be allowed to grant `team` for each client (inside the county, with
 * a basis of their own), decided and logged in one batch; a manager or administrator keeps the
 * register for others but may not add themself to a team that has clients. Integrations are
 * governed by their `teams:write` scope.
 */
export async function assertMayGrantMembership(ctx: TeamsContext, teamId: string, professionalId: string): Promise<void> {
  if (ctx.viewer.kind !== "professional") return;
  const links = await ctx.prisma.teamClient.findMany({
    where: {
      teamId,
      since: { lte: LocalDate.toDb(ctx.today) },
      OR: [{ until: null }, { until: { gte: LocalDate.toDb(ctx.today) } }],
    },
    select: { clientId: true },
  });
  if (links.length === 0) return;
  if (mayManageDirectory(ctx.viewer)) {
    if (professionalId === ctx.viewer.id)
      throw forbidden("Keeping the register does not let you add yourself to a team that works with clients; ask a member.", {
        reason: "self_grant",
      });
    return;
  }
  await Promise.all(links.map((link) => ctx.access.assertMayGrant(link.clientId, DataCategory.Team)));
}
