import { changedFieldNames, recordEvent } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim } from "@silta/kernel/idempotency";
import type { RolloutUnitInput } from "../domain/validateInputs";
import type { PrismaClient } from "./db";
import type { RolloutUnit } from "./prisma/client";

/**
 * Sets how the figures count a unit (service, region, target or not); the same input twice changes
 * nothing. With an Idempotency-Key, a late retry does not undo a change made since.
 */
export async function configureRolloutUnit(
  prisma: PrismaClient,
  actorId: string,
  input: RolloutUnitInput,
  claim?: IdempotencyClaim,
): Promise<RolloutUnit> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const existing = await tx.rolloutUnit.findUnique({ where: { unitId: input.unitId } });
        if (
          existing &&
          existing.service === input.service &&
          existing.region === input.region &&
          existing.isTarget === input.isTarget
        )
          return existing;
        const { unitId, ...fields } = input;
        const unit = await tx.rolloutUnit.upsert({ where: { unitId }, create: input, update: fields });
        await recordEvent(tx, {
          type: "rollout_unit.configured",
          aggregateType: "RolloutUnit",
          aggregateId: unitId,
          actorId,
          data: { ...input },
          changedFields: existing ? changedFieldNames(existing, fields) : Object.keys(input),
        });
        return unit;
      },
      (unit) => [unit.unitId],
    ),
  );
}
