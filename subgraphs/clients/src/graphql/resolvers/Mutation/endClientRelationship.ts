import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { endRelationship } from "../../../data/relationshipStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { clientRelationshipReplay } from "../../replays";

export const endClientRelationship: NonNullable<MutationResolvers["endClientRelationship"]> = idempotentMutation(
  {
    field: "endClientRelationship",
    ...clientRelationshipReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "end client relationships");
    const id = assertUuid("input.relationshipId", input.relationshipId);
    const until = input.until;
    const relationship = await ctx.prisma.clientRelationship.findUnique({ where: { id } });
    // An id nobody has answers as a relationship the viewer may not see (docs/access.md "Records by id").
    if (!relationship) return ctx.access.refuseMissingGrant(id, DataCategory.Basic);
    await ctx.access.assertMayGrantRecord(relationship.clientId, DataCategory.Basic, relationship.organizationId);
    return endRelationship(ctx.prisma, relationship, until, ctx.viewer, ctx.idempotency);
  },
);
