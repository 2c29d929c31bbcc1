import { assertUuid, DataCategory } from "@silta/kernel";
import { findBan, liftBan as lift } from "../../../data/banStore";
import type { MutationResolvers } from "./../../types.generated";

export const liftBan: NonNullable<MutationResolvers["liftBan"]> = async (_parent, args, ctx) => {
  const ban = await findBan(ctx.prisma, assertUuid("id", args.id));
  await ctx.access.assert(ban.clientId, DataCategory.Consents, "update");
  return lift(ctx.prisma, ban, ctx.viewer);
};
