import { assertUuid, conflict, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { closeConcern as close } from "../../../data/concernStore";
import { optionalText } from "../../../domain/inputRules";
import { assertSubject } from "../../subjectAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { concernReplay } from "../../replays";

export const closeConcern: NonNullable<MutationResolvers["closeConcern"]> = idempotentMutation(
  {
    field: "closeConcern",
    ...concernReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "close concerns");
    const concernId = assertUuid("input.concernId", input.concernId);
    const note = optionalText("input.note", input.note, 4000);
    const concern = await ctx.loaders.concern.load(concernId);
    if (!concern) return ctx.access.refuseMissing(concernId, DataCategory.Concerns, "update");
    await assertSubject(ctx, concern, DataCategory.Concerns, "update");
    if (concern.status === "CLOSED") return concern;
    if (concern.status === "RAISED")
      throw conflict(`Concern ${concernId} has had no joint meeting yet: react to it before closing.`, { rule: "not_reacted" });
    return close(ctx.prisma, concern, note, ctx.viewer, ctx.idempotency);
  },
);
