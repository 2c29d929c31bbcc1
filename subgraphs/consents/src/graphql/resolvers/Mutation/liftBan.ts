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
    // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
    await ctx.access.assertMayGrant(ban.clientId, DataCategory.Consents);
    return lift(ctx.prisma, ban, ctx.viewer, ctx.idempotency);
  },
);
