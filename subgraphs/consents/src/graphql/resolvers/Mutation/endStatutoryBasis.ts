import { assertUuid, DataCategory, forbidden } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { isCountyOrganization } from "../../../access/accessFacts";
import { endStatutoryBasis as end, findStatutoryBasisOrNull } from "../../../data/statutoryBasisStore";
import type { MutationResolvers } from "./../../types.generated";
import { statutoryBasisReplay } from "../../replays";

export const endStatutoryBasis: NonNullable<MutationResolvers["endStatutoryBasis"]> = idempotentMutation(
  {
    field: "endStatutoryBasis",
    ...statutoryBasisReplay,
  },
  async (_parent, args, ctx) => {
    const id = assertUuid("id", args.id);
    const basis = await findStatutoryBasisOrNull(ctx.prisma, id);
    // An id nobody has answers as a record the viewer may not see (docs/access.md "Records by id").
    if (!basis) return ctx.access.refuseMissingGrant(id, DataCategory.Consents);
    // Consents, bans and statutory bases decide who sees the client: the write rules of docs/access.md.
    await ctx.access.assertMayGrantRecord(basis.clientId, DataCategory.Consents);
    const { viewer } = ctx;
    if (
      viewer.kind !== "professional" ||
      !viewer.organizationId ||
      !(await isCountyOrganization(ctx.prisma, viewer.organizationId))
    )
      throw forbidden("Only a professional of the county (the controller) may end a statutory basis.", {
        reason: "not_controller",
      });
    return end(ctx.prisma, basis, viewer, ctx.idempotency);
  },
);
