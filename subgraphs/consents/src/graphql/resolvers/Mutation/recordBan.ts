import { DataCategory } from "@silta/kernel";
import { createBan } from "../../../data/banStore";
import { validateBanInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordBan: NonNullable<MutationResolvers["recordBan"]> = async (_parent, { input }, ctx) => {
  const draft = validateBanInput(input, ctx.today());
  // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
  await ctx.access.assertMayGrant(draft.clientId, DataCategory.Consents);
  return createBan(ctx.prisma, draft, ctx.viewer);
};
