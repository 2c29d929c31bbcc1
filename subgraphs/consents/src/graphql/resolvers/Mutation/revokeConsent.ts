import { assertUuid, DataCategory, idempotentMutation } from "@silta/kernel";
import { findConsent, revokeConsent as revoke } from "../../../data/consentStore";
import type { MutationResolvers } from "./../../types.generated";

export const revokeConsent: NonNullable<MutationResolvers["revokeConsent"]> = idempotentMutation(
  {
    field: "revokeConsent",
    idsOf: (consent) => [consent.id],
    replay: async ([id], ctx) => {
      const found = await findConsent(ctx.prisma, id!);
      await ctx.access.assert(found.clientId, DataCategory.Consents, "read");
      return found;
    },
  },
  async (_parent, args, ctx) => {
    const consent = await findConsent(ctx.prisma, assertUuid("id", args.id));
    await ctx.access.assert(consent.clientId, DataCategory.Consents, "update");
    return revoke(ctx.prisma, consent, ctx.viewer, ctx.idempotency);
  },
);
