import { DataCategory, forbidden } from "@silta/kernel";
import { isCountyOrganization } from "../../../access/accessFacts";
import { createStatutoryBasis } from "../../../data/statutoryBasisStore";
import { validateStatutoryBasisInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordStatutoryBasis: NonNullable<MutationResolvers["recordStatutoryBasis"]> = async (_parent, { input }, ctx) => {
  const draft = validateStatutoryBasisInput(input);
  // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
  await ctx.access.assertMayGrant(draft.clientId, DataCategory.Consents);
  const { viewer } = ctx;
  if (
    viewer.kind !== "professional" ||
    !viewer.organizationId ||
    !(await isCountyOrganization(ctx.prisma, viewer.organizationId))
  )
    throw forbidden("Only a professional of the county (the controller) may record a statutory basis.", {
      reason: "not_controller",
    });
  return createStatutoryBasis(ctx.prisma, draft, { ...viewer, organizationId: viewer.organizationId });
};
