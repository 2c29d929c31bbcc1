import { badUserInput, recordEvent, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim } from "@silta/kernel/idempotency";
import type { ValidTrainer } from "../domain/validateInputs";
import type { PrismaClient } from "./db";
import type { Trainer } from "./prisma/client";

/**
 * Records a professional's in-house trainer qualification (one per professional; its dates may be
 * corrected, but not so that an event of theirs falls outside them). Naturally idempotent: the same
 * input twice writes one event. With an Idempotency-Key, a late retry does not undo a correction made since.
 */
export async function qualifyTrainer(
  prisma: PrismaClient,
  actorId: string,
  input: ValidTrainer,
  claim?: IdempotencyClaim,
): Promise<Trainer> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const existing = await tx.trainer.findUnique({ where: { professionalId: input.professionalId } });
        if (
          existing &&
          LocalDate.fromDb(existing.qualifiedSince) === input.qualifiedSince &&
          LocalDate.fromDb(existing.qualifiedUntil) === input.qualifiedUntil
        )
          return existing;
        // Narrowing a qualification must not leave an event with a trainer who is not qualified on its day.
        const outside = await tx.trainingEventTrainer.findFirst({
          where: {
            professionalId: input.professionalId,
            event: {
              OR: [
                { date: { lt: LocalDate.toDb(input.qualifiedSince) } },
                ...(input.qualifiedUntil ? [{ date: { gt: LocalDate.toDb(input.qualifiedUntil) } }] : []),
              ],
            },
          },
          include: { event: true },
        });
        if (outside) {
          const day = LocalDate.fromDb(outside.event.date);
          const field = day < input.qualifiedSince ? "input.qualifiedSince" : "input.qualifiedUntil";
          throw badUserInput(
            field,
            "trainer_has_events",
            `The professional trains at event ${outside.eventId} on ${day}, outside these dates; change the event's trainers first.`,
          );
        }
        const dates = {
          qualifiedSince: LocalDate.toDb(input.qualifiedSince),
          qualifiedUntil: input.qualifiedUntil ? LocalDate.toDb(input.qualifiedUntil) : null,
        };
        const trainer = await tx.trainer.upsert({
          where: { professionalId: input.professionalId },
          create: { professionalId: input.professionalId, ...dates },
          update: dates,
        });
        await recordEvent(tx, {
          type: "trainer.qualified",
          aggregateType: "Trainer",
          aggregateId: input.professionalId,
          actorId,
          data: {
            professionalId: input.professionalId,
            qualifiedSince: input.qualifiedSince,
            qualifiedUntil: input.qualifiedUntil,
          },
        });
        return trainer;
      },
      (trainer) => [trainer.professionalId],
    ),
  );
}
