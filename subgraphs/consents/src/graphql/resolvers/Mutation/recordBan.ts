import { DataCategory } from "@silta/kernel";
import { createBan } from "../../../data/banStore";
import { validateBanInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordBan: NonNullable<MutationResolvers["recordBan"]> = async (_parent, { input }, ctx) => {
  const draft = validateBanInput(input, ctx.today());
  await ctx.access.assert(draft.clientId, DataCategory.Consents, "create");
  return createBan(ctx.prisma, draft, ctx.viewer);
};
