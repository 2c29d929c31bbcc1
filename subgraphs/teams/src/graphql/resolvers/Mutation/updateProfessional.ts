import { assertUuid, badUserInput } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { updateProfessional as update, type ProfessionalFields } from "../../../data/directoryStore";
import { optionalText, requireText } from "../../../domain/inputRules";
import { optionalWorkEmail, optionalWorkPhone } from "../../../domain/workContact";
import { assertMayManageDirectory } from "../../../domain/writePermission";
import { given } from "../../inputs";
import { professionalReplay } from "../../replays";

export const updateProfessional: NonNullable<MutationResolvers["updateProfessional"]> = idempotentMutation(
  {
    field: "updateProfessional",
    ...professionalReplay,
  },
  async (_parent, { id, input }, ctx) => {
    assertMayManageDirectory(ctx.viewer);
    const professionalId = assertUuid("id", id);
    const changes: Partial<ProfessionalFields> = {};
    if (given(input.firstName)) changes.firstName = requireText("input.firstName", input.firstName ?? "", 100);
    if (given(input.lastName)) changes.lastName = requireText("input.lastName", input.lastName ?? "", 100);
    if (given(input.profession)) changes.profession = requireText("input.profession", input.profession ?? "", 100);
    if (given(input.unit)) changes.unit = optionalText("input.unit", input.unit);
    if (given(input.workPhone)) changes.workPhone = optionalWorkPhone("input.workPhone", input.workPhone);
    if (given(input.workEmail)) changes.workEmail = optionalWorkEmail("input.workEmail", input.workEmail);
    if (given(input.organizationId)) {
      if (input.organizationId === null)
        throw badUserInput("input.organizationId", "required", "A professional always belongs to an organisation.");
      changes.organizationId = assertUuid("input.organizationId", input.organizationId);
    }
    if (given(input.active)) {
      if (input.active === null) throw badUserInput("input.active", "required", "input.active must be true or false.");
      changes.active = input.active;
    }
    return update(ctx.prisma, ctx.viewer.id, professionalId, changes, ctx.idempotency);
  },
);
