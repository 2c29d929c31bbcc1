import { DataCategory } from "@silta/kernel";
import { createConsent } from "../../../data/consentStore";
import { validateConsentInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordConsent: NonNullable<MutationResolvers["recordConsent"]> = async (_parent, { input }, ctx) => {
  const draft = validateConsentInput(input, new Date());
  await ctx.access.assert(draft.clientId, DataCategory.Consents, "create");
  return createConsent(ctx.prisma, draft, ctx.viewer);
};
