import { badUserInput, conflict, forbidden, notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, retryOnceOnUniqueViolation, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Prisma } from "./prisma/client";
import { clientAdded, clientRemoved, memberAdded, memberRemoved } from "./events";
import { mayManageDirectory } from "../domain/writePermission";

type Tx = Prisma.TransactionClient;

/**
 * Who may change a team's membership: managers and integrations for every team, and the current
 * members of a client team, since "my team" is assembled by those already working with the client.
 */
async function assertMayChangeMembers(tx: Tx, viewer: Viewer, team: { id: string; kind: string }, today: LocalDate) {
  if (mayManageDirectory(viewer)) return;
  if (viewer.kind === "professional" && team.kind === "CLIENT_TEAM") {
    const own = await tx.teamMembership.findFirst({
      where: {
        teamId: team.id,
        professionalId: viewer.id,
        since: { lte: LocalDate.toDb(today) },
        OR: [{ until: null }, { until: { gte: LocalDate.toDb(today) } }],
      },
      select: { id: true },
    });
    if (own) return;
  }
  throw forbidden("Only the team's current members (of a client team), managers and administrators may change its members.", {
    reason: "not_team_member",
  });
}

export interface NewMembership {
  id: string;
  teamId: string;
  professionalId: string;
  role: string;
  since: LocalDate;
  until: LocalDate | null;
}

export function addTeamMember(prisma: PrismaClient, viewer: Viewer, input: NewMembership, today: LocalDate) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId } });
      if (!team) throw badUserInput("input.teamId", "not_found", "input.teamId names no team known to Silta.");
      await assertMayChangeMembers(tx, viewer, team, today);
      const { id, ...fields } = input;
      const existing = await tx.teamMembership.findUnique({ where: { id } });
      if (existing) return sameOrConflict("Team membership", existing.id, existing, { ...existing }, { ...fields });
      const professional = await tx.professional.findUnique({ where: { id: input.professionalId } });
      if (!professional)
        throw badUserInput("input.professionalId", "not_found", "input.professionalId names no professional known to Silta.");
      if (!professional.active)
        throw badUserInput("input.professionalId", "inactive", "This professional is no longer active and cannot join a team.");
      // Two periods overlap unless one ends before the other starts.
      const overlapping = await tx.teamMembership.findFirst({
        where: {
          teamId: input.teamId,
          professionalId: input.professionalId,
          OR: [{ until: null }, { until: { gte: LocalDate.toDb(input.since) } }],
          ...(input.until ? { since: { lte: LocalDate.toDb(input.until) } } : {}),
        },
        select: { id: true },
      });
      if (overlapping)
        throw badUserInput(
          "input.professionalId",
          "already_member",
          "This professional is already a member of the team in that period.",
        );
      const membership = await tx.teamMembership.create({
        data: { ...input, since: LocalDate.toDb(input.since), until: input.until ? LocalDate.toDb(input.until) : null },
      });
      await recordEvent(tx, memberAdded(viewer.id, membership, professional.organizationId));
      return membership;
    }),
  );
}

export function endTeamMembership(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { membershipId: string; until: LocalDate },
  today: LocalDate,
  claim?: IdempotencyClaim,
) {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const membership = await tx.teamMembership.findUnique({ where: { id: input.membershipId }, include: { team: true } });
        if (!membership) throw notFound("Team membership", input.membershipId);
        await assertMayChangeMembers(tx, viewer, membership.team, today);
        const { team: _team, ...row } = membership;
        if (row.until !== null) {
          if (LocalDate.fromDb(row.until) === input.until) return row;
          throw conflict(`This membership already ended on ${LocalDate.fromDb(row.until)}.`, {
            until: LocalDate.fromDb(row.until),
          });
        }
        if (input.until < LocalDate.fromDb(row.since))
          throw badUserInput(
            "input.until",
            "until_before_since",
            `input.until must not be before the membership began (${LocalDate.fromDb(row.since)}).`,
          );
        const ended = await tx.teamMembership.update({ where: { id: row.id }, data: { until: LocalDate.toDb(input.until) } });
        await recordEvent(tx, memberRemoved(viewer.id, ended));
        return ended;
      },
      (result) => [result.id],
    ),
  );
}

export function addClientToTeam(
  prisma: PrismaClient,
  actorId: string,
  input: { teamId: string; clientId: string; since: LocalDate },
  claim?: IdempotencyClaim,
) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction((tx) =>
      withIdempotency(
        tx,
        claim,
        async () => {
          const team = await tx.team.findUnique({ where: { id: input.teamId } });
          if (!team) throw badUserInput("input.teamId", "not_found", "input.teamId names no team known to Silta.");
          const key = { teamId_clientId: { teamId: input.teamId, clientId: input.clientId } };
          const link = await tx.teamClient.findUnique({ where: key });
          // Already with the team: adding again changes nothing.
          if (link && link.until === null) return team;
          if (link && link.until && input.since <= LocalDate.fromDb(link.until))
            throw badUserInput(
              "input.since",
              "overlaps_previous",
              `The team worked with this client until ${LocalDate.fromDb(link.until)}; a new period must start after that.`,
            );
          const data = { since: LocalDate.toDb(input.since), until: null };
          // One row per team and client: a later period replaces the ended one (its events keep the history).
          const saved = link
            ? await tx.teamClient.update({ where: key, data })
            : await tx.teamClient.create({ data: { teamId: input.teamId, clientId: input.clientId, ...data } });
          await recordEvent(tx, clientAdded(actorId, saved));
          return team;
        },
        // The client's id too: a retry checks the viewer may still see the client's teams.
        (team) => [team.id, input.clientId],
      ),
    ),
  );
}

export function removeClientFromTeam(
  prisma: PrismaClient,
  actorId: string,
  input: { teamId: string; clientId: string; until: LocalDate },
  claim?: IdempotencyClaim,
) {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const key = { teamId_clientId: { teamId: input.teamId, clientId: input.clientId } };
        const link = await tx.teamClient.findUnique({ where: key, include: { team: true } });
        if (!link) throw badUserInput("input.clientId", "not_on_team", "The team does not work with this client.");
        if (link.until !== null) {
          if (LocalDate.fromDb(link.until) === input.until) return link.team;
          throw conflict(`The team stopped working with this client on ${LocalDate.fromDb(link.until)}.`, {
            until: LocalDate.fromDb(link.until),
          });
        }
        if (input.until < LocalDate.fromDb(link.since))
          throw badUserInput(
            "input.until",
            "until_before_since",
            `input.until must not be before the team began with the client (${LocalDate.fromDb(link.since)}).`,
          );
        const ended = await tx.teamClient.update({ where: key, data: { until: LocalDate.toDb(input.until) } });
        await recordEvent(tx, clientRemoved(actorId, ended));
        return link.team;
      },
      (team) => [team.id, input.clientId],
    ),
  );
}
