import { assertUuid, DataCategory, notFound, idempotentMutation } from "@silta/kernel";
import { endRelationship } from "../../../data/relationshipStore";
import { isoDay } from "../../../domain/inputRules";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const endClientRelationship: NonNullable<MutationResolvers["endClientRelationship"]> = idempotentMutation(
  {
    field: "endClientRelationship",
    idsOf: (relationship) => [relationship.id],
    replay: async ([id], ctx) => {
      const relationship = await ctx.prisma.clientRelationship.findUnique({ where: { id: id! } });
      if (!relationship) throw notFound("Client relationship", id!);
      await ctx.access.assert(relationship.clientId, DataCategory.Basic, "read");
      return relationship;
    },
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "end client relationships");
    const id = assertUuid("input.relationshipId", input.relationshipId);
    const until = isoDay(input.until);
    const relationship = await ctx.prisma.clientRelationship.findUnique({ where: { id } });
    if (!relationship) throw notFound("Client relationship", id);
    await ctx.access.assertMayGrant(relationship.clientId, DataCategory.Basic, relationship.organizationId);
    return endRelationship(ctx.prisma, relationship, until, ctx.viewer, ctx.idempotency);
  },
);
