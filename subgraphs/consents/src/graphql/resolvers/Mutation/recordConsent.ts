import { accessLogEntry, DataCategory, forbidden, todayIn } from "@silta/kernel";
import { giverStanding } from "../../../access/giverFacts";
import { createConsent } from "../../../data/consentStore";
import { consentGiverRefusal } from "../../../domain/consentGiver";
import { validateConsentInput } from "../../../domain/consentInput";
import type { MutationResolvers } from "./../../types.generated";

export const recordConsent: NonNullable<MutationResolvers["recordConsent"]> = async (_parent, { input }, ctx) => {
  const draft = validateConsentInput(input, new Date());
  // A consent grants access: the write rules first (so nobody without a basis learns who is whose
  // guardian), then whether the giver is who the consent says. One decision, one access log entry:
  // allowed, or denied with the reason of whichever refused it.
  const request = { clientId: draft.clientId, category: DataCategory.Consents, action: "grant" as const };
  const [grant] = await ctx.accessService.decide(ctx.viewer, [request]);
  let refusal: string | null = null;
  if (grant!.allowed) {
    const days = [...new Set([todayIn(ctx.timeZone, draft.givenAt), draft.validFrom])];
    const standing = draft.givenByClientId
      ? await giverStanding(ctx.prisma, draft.clientId, draft.givenByClientId, days)
      : { guardian: false, authorisationId: null };
    refusal = consentGiverRefusal(ctx.viewer, draft, standing);
  }
  const outcome = refusal ? { allowed: false, basis: refusal } : grant!;
  const context = { requestId: ctx.requestId, source: "consents" };
  await ctx.accessService.log([accessLogEntry(ctx.viewer, request, outcome, context, new Date().toISOString())]);
  if (!grant!.allowed)
    throw forbidden("You may not grant access to this client's consents data.", {
      category: DataCategory.Consents,
      reason: grant!.basis,
    });
  if (refusal) {
    throw forbidden(
      refusal === "giver_not_viewer"
        ? "A client records only a consent they give themself, or as the guardian."
        : `input.givenByClientId was not the client's ${refusal === "giver_not_guardian" ? "guardian" : "authorised legal guardian"} on the day the consent was given and on its first valid day.`,
      { reason: refusal, field: "input.givenByClientId" },
    );
  }
  return createConsent(ctx.prisma, draft, ctx.viewer);
};
