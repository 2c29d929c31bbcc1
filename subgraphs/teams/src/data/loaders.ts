import { loaderById, loaderGroupedBy, LocalDate, readPrepared } from "@silta/kernel";
import { Prisma } from "./prisma/client";
import type { PrismaClient, Rows } from "./db";
import { clientWindowLoader } from "./clientListStore";
import { professionalColumns, teamColumns } from "./parentRows";

/**
 * Per-request loaders: every entity reference and list child is fetched with one `IN` query per
 * kind per request, however many parents ask. "Current" means on `today`: a period that has
 * begun and has not ended (or ends today or later).
 */
export function createTeamsLoaders(prisma: PrismaClient, today: LocalDate) {
  const current = { since: { lte: LocalDate.toDb(today) }, OR: [{ until: null }, { until: { gte: LocalDate.toDb(today) } }] };
  return {
    organization: loaderById((ids) => prisma.organization.findMany({ where: { id: { in: ids } } })),
    /**
     * Hot reads (ADR 0015) with a constant text, of the columns in `parentRows`: a caseload's and a
     * team page's first reads when they are not read with the list's first window.
     */
    professional: loaderById((ids) =>
      readPrepared<Rows.ProfessionalModel>(
        prisma,
        Prisma.sql`/* prepared */ SELECT ${professionalColumns} FROM professional WHERE id = ANY(${ids}::uuid[])`,
      ),
    ),
    team: loaderById((ids) =>
      readPrepared<Rows.TeamModel>(
        prisma,
        Prisma.sql`/* prepared */ SELECT ${teamColumns} FROM team WHERE id = ANY(${ids}::uuid[])`,
      ),
    ),
    meeting: loaderById((ids) => prisma.meeting.findMany({ where: { id: { in: ids } } })),
    /** Windows of the paged lists of clients (see clientListStore). */
    clientWindow: clientWindowLoader(prisma, today),
    currentMembershipsOfTeam: loaderGroupedBy(
      (teamIds) =>
        prisma.teamMembership.findMany({
          where: { teamId: { in: teamIds }, ...current },
          orderBy: [{ since: "asc" }, { id: "asc" }],
        }),
      (membership) => membership.teamId,
    ),
    allMembershipsOfTeam: loaderGroupedBy(
      (teamIds) =>
        prisma.teamMembership.findMany({ where: { teamId: { in: teamIds } }, orderBy: [{ since: "asc" }, { id: "asc" }] }),
      (membership) => membership.teamId,
    ),
    currentMembershipsOfProfessional: loaderGroupedBy(
      (professionalIds) =>
        prisma.teamMembership.findMany({
          where: { professionalId: { in: professionalIds }, ...current },
          orderBy: { teamId: "asc" },
        }),
      (membership) => membership.professionalId,
    ),
    currentClientsOfTeam: loaderGroupedBy(
      (teamIds) => prisma.teamClient.findMany({ where: { teamId: { in: teamIds }, ...current }, orderBy: { clientId: "asc" } }),
      (link) => link.teamId,
    ),
    currentTeamsOfClient: loaderGroupedBy(
      (clientIds) =>
        prisma.teamClient.findMany({
          where: { clientId: { in: clientIds }, ...current },
          include: { team: true },
          orderBy: { teamId: "asc" },
        }),
      (link) => link.clientId,
    ),
    currentResponsibleWorkerOfClient: loaderGroupedBy(
      (clientIds) => prisma.responsibleWorker.findMany({ where: { clientId: { in: clientIds }, isCurrent: true } }),
      (assignment) => assignment.clientId,
    ),
    responsibleWorkerHistoryOfClient: loaderGroupedBy(
      (clientIds) => prisma.responsibleWorker.findMany({ where: { clientId: { in: clientIds } }, orderBy: { since: "desc" } }),
      (assignment) => assignment.clientId,
    ),
    currentResponsibilitiesOfProfessional: loaderGroupedBy(
      (professionalIds) =>
        prisma.responsibleWorker.findMany({
          where: { professionalId: { in: professionalIds }, isCurrent: true },
          orderBy: { clientId: "asc" },
        }),
      (assignment) => assignment.professionalId,
    ),
    meetingsOfClient: loaderGroupedBy(
      (clientIds) =>
        prisma.meeting.findMany({
          where: { clientId: { in: clientIds } },
          orderBy: [{ heldOn: "desc" }, { recordedAt: "desc" }],
        }),
      (meeting) => meeting.clientId,
    ),
    professionalsOfMeeting: loaderGroupedBy(
      (meetingIds) =>
        prisma.meetingProfessional.findMany({ where: { meetingId: { in: meetingIds } }, orderBy: { professionalId: "asc" } }),
      (row) => row.meetingId,
    ),
    familyMembersOfMeeting: loaderGroupedBy(
      (meetingIds) =>
        prisma.meetingFamilyMember.findMany({ where: { meetingId: { in: meetingIds } }, orderBy: { relation: "asc" } }),
      (row) => row.meetingId,
    ),
    agreementsOfMeeting: loaderGroupedBy(
      (meetingIds) =>
        prisma.meetingAgreement.findMany({ where: { meetingId: { in: meetingIds } }, orderBy: { agreementId: "asc" } }),
      (row) => row.meetingId,
    ),
  };
}
export type TeamsLoaders = ReturnType<typeof createTeamsLoaders>;
