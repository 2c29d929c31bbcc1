import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { assignResponsibleWorker as assign } from "../../../data/responsibleWorkerStore";
import { requireNotFuture } from "../../../domain/inputRules";
import { responsibleWorkerReplay } from "../../replays";

/**
 * Idempotent with an Idempotency-Key: a late retry returns the period it created (as it is now,
 * perhaps ended) and does not hand the client back after a later handover.
 */
export const assignResponsibleWorker: NonNullable<MutationResolvers["assignResponsibleWorker"]> = idempotentMutation(
  {
    field: "assignResponsibleWorker",
    ...responsibleWorkerReplay,
  },
  async (_parent, { input }, ctx) => {
    const assignment = {
      clientId: assertUuid("input.clientId", input.clientId),
      professionalId: assertUuid("input.professionalId", input.professionalId),
      since: input.since,
    };
    // Responsibility starts when it is handed over, not in advance: "current" must mean today.
    requireNotFuture("input.since", assignment.since, ctx.today);
    // The responsible worker reads everything of the client: naming one is a grant (docs/access.md).
    await ctx.access.assertMayGrant(assignment.clientId, DataCategory.Team);
    return assign(ctx.prisma, ctx.viewer.id, assignment, ctx.idempotency);
  },
);
