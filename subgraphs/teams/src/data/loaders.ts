import { loaderById, loaderGroupedBy } from "@silta/kernel";
import type { PrismaClient } from "./db";

/**
 * Per-request loaders: every entity reference and list child is fetched with one `IN` query per
 * kind per request, however many parents ask.
 */
export function createTeamsLoaders(prisma: PrismaClient) {
  return {
    organization: loaderById((ids) => prisma.organization.findMany({ where: { id: { in: ids } } })),
    professional: loaderById((ids) => prisma.professional.findMany({ where: { id: { in: ids } } })),
    team: loaderById((ids) => prisma.team.findMany({ where: { id: { in: ids } } })),
    currentMembershipsOfTeam: loaderGroupedBy(
      (teamIds) =>
        prisma.teamMembership.findMany({
          where: { teamId: { in: teamIds }, until: null },
          orderBy: [{ since: "asc" }, { id: "asc" }],
        }),
      (membership) => membership.teamId,
    ),
    currentClientsOfTeam: loaderGroupedBy(
      (teamIds) => prisma.teamClient.findMany({ where: { teamId: { in: teamIds }, until: null }, orderBy: { clientId: "asc" } }),
      (link) => link.teamId,
    ),
    currentTeamsOfClient: loaderGroupedBy(
      (clientIds) =>
        prisma.teamClient.findMany({
          where: { clientId: { in: clientIds }, until: null },
          include: { team: true },
          orderBy: { teamId: "asc" },
        }),
      (link) => link.clientId,
    ),
  };
}
export type TeamsLoaders = ReturnType<typeof createTeamsLoaders>;
