import { assertUuid } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { createProfessional as create } from "../../../data/directoryStore";
import { optionalText, requireText } from "../../../domain/inputRules";
import { optionalWorkEmail, optionalWorkPhone } from "../../../domain/workContact";
import { assertMayManageDirectory } from "../../../domain/writePermission";
import { idOrNew } from "../../inputs";

export const createProfessional: NonNullable<MutationResolvers["createProfessional"]> = (_parent, { input }, ctx) => {
  assertMayManageDirectory(ctx.viewer);
  const fields = {
    firstName: requireText("input.firstName", input.firstName, 100),
    lastName: requireText("input.lastName", input.lastName, 100),
    profession: requireText("input.profession", input.profession, 100),
    organizationId: assertUuid("input.organizationId", input.organizationId),
    unit: optionalText("input.unit", input.unit),
    workPhone: optionalWorkPhone("input.workPhone", input.workPhone),
    workEmail: optionalWorkEmail("input.workEmail", input.workEmail),
    active: input.active ?? true,
  };
  return create(ctx.prisma, ctx.viewer.id, idOrNew("input.id", input.id), fields);
};
