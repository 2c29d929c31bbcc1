import { assertUuid, badUserInput } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { updateOrganization as update, type OrganizationFields } from "../../../data/directoryStore";
import { parseBusinessId } from "../../../domain/businessId";
import { requireText } from "../../../domain/inputRules";
import { assertCountyMembershipFits } from "../../../domain/organizationRules";
import { assertMayManageDirectory } from "../../../domain/writePermission";
import { given } from "../../inputs";
import { organizationReplay } from "../../replays";

export const updateOrganization: NonNullable<MutationResolvers["updateOrganization"]> = idempotentMutation(
  {
    field: "updateOrganization",
    ...organizationReplay,
  },
  async (_parent, { id, input }, ctx) => {
    assertMayManageDirectory(ctx.viewer);
    const organizationId = assertUuid("id", id);
    const changes: Partial<OrganizationFields> = {};
    if (given(input.name)) changes.name = requireText("input.name", input.name ?? "");
    if (given(input.type)) {
      if (input.type === null)
        throw badUserInput("input.type", "required", "input.type cannot be removed; give a type or leave it out.");
      changes.type = input.type;
    }
    if (given(input.isCountyOrganization)) {
      if (input.isCountyOrganization === null)
        throw badUserInput("input.isCountyOrganization", "required", "input.isCountyOrganization cannot be removed.");
      changes.isCountyOrganization = input.isCountyOrganization;
    }
    if (given(input.businessId))
      changes.businessId = input.businessId ? parseBusinessId("input.businessId", input.businessId) : null;
    // The type and the county flag must fit together after the change, so check against what is stored.
    const stored = await ctx.loaders.organization.load(organizationId);
    if (stored)
      assertCountyMembershipFits(
        "input.isCountyOrganization",
        changes.type ?? stored.type,
        changes.isCountyOrganization ?? stored.isCountyOrganization,
      );
    return update(ctx.prisma, ctx.viewer.id, organizationId, changes, ctx.idempotency);
  },
);
