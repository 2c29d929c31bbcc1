import { assertUuid, DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { assignResponsibleWorker as assign } from "../../../data/responsibleWorkerStore";
import { requireNotFuture } from "../../../domain/dates";
import { dayOf } from "../../inputs";

export const assignResponsibleWorker: NonNullable<MutationResolvers["assignResponsibleWorker"]> = async (
  _parent,
  { input },
  ctx,
) => {
  const assignment = {
    clientId: assertUuid("input.clientId", input.clientId),
    professionalId: assertUuid("input.professionalId", input.professionalId),
    since: dayOf(input.since),
  };
  // Responsibility starts when it is handed over, not in advance: "current" must mean today.
  requireNotFuture("input.since", assignment.since, ctx.today);
  await ctx.access.assert(assignment.clientId, DataCategory.Team, "update");
  return assign(ctx.prisma, ctx.viewer.id, assignment);
};
