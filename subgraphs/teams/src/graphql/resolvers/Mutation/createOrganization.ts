import type { MutationResolvers } from "./../../types.generated";
import { createOrganization as create } from "../../../data/directoryStore";
import { parseBusinessId } from "../../../domain/businessId";
import { requireText } from "../../../domain/inputRules";
import { assertCountyMembershipFits } from "../../../domain/organizationRules";
import { assertMayManageDirectory } from "../../../domain/writePermission";
import { idOrNew } from "../../inputs";

export const createOrganization: NonNullable<MutationResolvers["createOrganization"]> = (_parent, { input }, ctx) => {
  assertMayManageDirectory(ctx.viewer);
  const id = idOrNew("input.id", input.id);
  const name = requireText("input.name", input.name);
  const businessId = input.businessId ? parseBusinessId("input.businessId", input.businessId) : null;
  assertCountyMembershipFits("input.isCountyOrganization", input.type, input.isCountyOrganization);
  return create(ctx.prisma, ctx.viewer.id, id, {
    name,
    type: input.type,
    businessId,
    isCountyOrganization: input.isCountyOrganization,
  });
};
