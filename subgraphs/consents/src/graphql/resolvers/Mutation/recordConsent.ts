import { accessLogEntry, DataCategory, forbidden, todayIn } from "@silta/kernel";
import { giverStanding } from "../../../access/giverFacts";
import { createConsent } from "../../../data/consentStore";
import { consentGiverRefusal } from "../../../domain/consentGiver";
import { validateConsentInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordConsent: NonNullable<MutationResolvers["recordConsent"]> = async (_parent, { input }, ctx) => {
  const draft = validateConsentInput(input, new Date());
  // A consent grants access: the write rules first (so nobody without a basis learns who is whose guardian).
  await ctx.access.assertMayGrant(draft.clientId, DataCategory.Consents);
  const days = [...new Set([todayIn(ctx.timeZone, draft.givenAt), draft.validFrom])];
  const standing = draft.givenByClientId
    ? await giverStanding(ctx.sql, draft.clientId, draft.givenByClientId, days)
    : { guardian: false, authorisationId: null };
  const refusal = consentGiverRefusal(ctx.viewer, draft, standing);
  if (refusal) {
    // The refused attempt is in the access log beside the allowed basis the guard logged above.
    const request = { clientId: draft.clientId, category: DataCategory.Consents, action: "grant" as const };
    const context = { requestId: ctx.requestId, source: "consents" };
    await ctx.accessService.log([
      accessLogEntry(ctx.viewer, request, { allowed: false, basis: refusal }, context, new Date().toISOString()),
    ]);
    throw forbidden(
      refusal === "giver_not_viewer"
        ? "A client records only a consent they give themself, or as the guardian."
        : `input.givenByClientId was not the client's ${refusal === "giver_not_guardian" ? "guardian" : "authorised legal guardian"} on the day the consent was given and on its first valid day.`,
      { reason: refusal, field: "input.givenByClientId" },
    );
  }
  return createConsent(ctx.prisma, draft, ctx.viewer);
};
