import { randomUUID } from "node:crypto";
import { badUserInput, recordEvent, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim, retryOnceOnUniqueViolation } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import { responsibleWorkerAssigned } from "./events";

/**
 * Makes `professionalId` the client's responsible worker from `since`, ending the previous period
 * the day before. The unique index on (client_id, is_current) keeps it to one at a time even when
 * two handovers race: the loser retries and sees the winner's assignment.
 */
export function assignResponsibleWorker(
  prisma: PrismaClient,
  actorId: string,
  input: { clientId: string; professionalId: string; since: LocalDate },
  claim?: IdempotencyClaim,
) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction((tx) =>
      withIdempotency(
        tx,
        claim,
        async () => {
          const professional = await tx.professional.findUnique({ where: { id: input.professionalId } });
          if (!professional)
            throw badUserInput("input.professionalId", "not_found", "input.professionalId names no professional known to Silta.");
          const current = await tx.responsibleWorker.findFirst({ where: { clientId: input.clientId, isCurrent: true } });
          // Assigning the current responsible worker again is a retry: nothing changes.
          if (current?.professionalId === input.professionalId) return current;
          if (!professional.active)
            throw badUserInput(
              "input.professionalId",
              "inactive",
              "This professional is no longer active and cannot take responsibility for a client.",
            );
          if (current && input.since <= LocalDate.fromDb(current.since))
            throw badUserInput(
              "input.since",
              "not_after_current",
              `The current responsible worker has been responsible since ${LocalDate.fromDb(current.since)}; a handover must start after that.`,
            );
          if (current)
            await tx.responsibleWorker.update({
              where: { id: current.id },
              data: { until: LocalDate.toDb(LocalDate.addDays(input.since, -1)), isCurrent: null },
            });
          const assigned = await tx.responsibleWorker.create({
            data: {
              id: randomUUID(),
              clientId: input.clientId,
              professionalId: input.professionalId,
              since: LocalDate.toDb(input.since),
              isCurrent: true,
            },
          });
          await recordEvent(
            tx,
            responsibleWorkerAssigned(actorId, {
              clientId: input.clientId,
              professionalId: input.professionalId,
              organizationId: professional.organizationId,
              previousProfessionalId: current?.professionalId ?? null,
              since: input.since,
            }),
          );
          return assigned;
        },
        (period) => [period.id],
      ),
    ),
  );
}
