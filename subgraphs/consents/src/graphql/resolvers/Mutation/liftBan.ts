import { assertUuid, DataCategory, idempotentMutation } from "@silta/kernel";
import { findBan, liftBan as lift } from "../../../data/banStore";
import type { MutationResolvers } from "./../../types.generated";

export const liftBan: NonNullable<MutationResolvers["liftBan"]> = idempotentMutation(
  {
    field: "liftBan",
    idsOf: (ban) => [ban.id],
    replay: async ([id], ctx) => {
      const found = await findBan(ctx.prisma, id!);
      await ctx.access.assert(found.clientId, DataCategory.Consents, "read");
      return found;
    },
  },
  async (_parent, args, ctx) => {
    const ban = await findBan(ctx.prisma, assertUuid("id", args.id));
    await ctx.access.assert(ban.clientId, DataCategory.Consents, "update");
    return lift(ctx.prisma, ban, ctx.viewer, ctx.idempotency);
  },
);
