import { assertUuid, badUserInput, DataCategory } from "@silta/kernel";
import { startRelationship } from "../../../data/relationshipStore";
import { randomId } from "../../../domain/ids";
import { code, optionalUuid } from "../../../domain/inputRules";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const startClientRelationship: NonNullable<MutationResolvers["startClientRelationship"]> = async (
  _parent,
  { input },
  ctx,
) => {
  assertProfessionalOrSystem(ctx, "start client relationships");
  const relationship = {
    id: optionalUuid("input.id", input.id) ?? randomId(),
    clientId: assertUuid("input.clientId", input.clientId),
    organizationId: assertUuid("input.organizationId", input.organizationId),
    serviceTask: code("input.serviceTask", input.serviceTask),
    since: input.since,
    until: input.until ?? null,
  };
  if (relationship.until && relationship.until < relationship.since)
    throw badUserInput("input.until", "not_before_since", "input.until must not be before input.since.");
  // A relationship grants its organisation access: the write rules decide who may open one, and for
  // which organisation (docs/access.md, "Who may create access"); a refusal is logged as denied. A
  // client nobody has is refused as one the viewer may not see (a brand-new client's first
  // relationship would be allowed, so the rules alone would tell the two apart).
  if (!(await ctx.loaders.client.load(relationship.clientId)))
    return ctx.access.refuseMissingGrant(relationship.clientId, DataCategory.Basic);
  await ctx.access.assertMayGrantRecord(relationship.clientId, DataCategory.Basic, relationship.organizationId);
  return startRelationship(ctx.prisma, relationship, ctx.viewer);
};
