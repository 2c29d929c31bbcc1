import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { findConsentOrNull, revokeConsent as revoke } from "../../../data/consentStore";
import type { MutationResolvers } from "./../../types.generated";
import { consentReplay } from "../../replays";

export const revokeConsent: NonNullable<MutationResolvers["revokeConsent"]> = idempotentMutation(
  {
    field: "revokeConsent",
    ...consentReplay,
  },
  async (_parent, args, ctx) => {
    const id = assertUuid("id", args.id);
    const consent = await findConsentOrNull(ctx.prisma, id);
    // An id nobody has answers as a record the viewer may not see (docs/access.md "Records by id").
    if (!consent) return ctx.access.refuseMissingGrant(id, DataCategory.Consents);
    // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
    await ctx.access.assertMayGrantRecord(consent.clientId, DataCategory.Consents);
    return revoke(ctx.prisma, consent, ctx.viewer, ctx.idempotency);
  },
);
