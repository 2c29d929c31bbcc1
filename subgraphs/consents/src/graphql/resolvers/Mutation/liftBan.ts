import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { findBanOrNull, liftBan as lift } from "../../../data/banStore";
import type { MutationResolvers } from "./../../types.generated";
import { banReplay } from "../../replays";

export const liftBan: NonNullable<MutationResolvers["liftBan"]> = idempotentMutation(
  {
    field: "liftBan",
    ...banReplay,
  },
  async (_parent, args, ctx) => {
    const id = assertUuid("id", args.id);
    const ban = await findBanOrNull(ctx.prisma, id);
    // An id nobody has answers as a record the viewer may not see (docs/access.md "Records by id").
    if (!ban) return ctx.access.refuseMissingGrant(id, DataCategory.Consents);
    // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
    await ctx.access.assertMayGrantRecord(ban.clientId, DataCategory.Consents);
    return lift(ctx.prisma, ban, ctx.viewer, ctx.idempotency);
  },
);
