import { assertUuid, badUserInput, DataCategory } from "@silta/kernel";
import { createFamily as create } from "../../../data/familyStore";
import { randomId } from "../../../domain/ids";
import { optionalText, optionalUuid } from "../../../domain/inputRules";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const createFamily: NonNullable<MutationResolvers["createFamily"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "create families");
  const id = optionalUuid("input.id", input.id) ?? randomId();
  const name = optionalText("input.name", input.name, 100);
  const members = input.members.map((member, index) => ({
    clientId: assertUuid(`input.members.${index}.clientId`, member.clientId),
    relation: member.relation,
  }));
  const seen = new Set<string>();
  members.forEach((member, index) => {
    if (seen.has(member.clientId))
      throw badUserInput(`input.members.${index}.clientId`, "unique", "Each client may be listed once in a family.");
    seen.add(member.clientId);
  });
  await Promise.all(members.map((member) => ctx.access.assert(member.clientId, DataCategory.Basic, "update")));
  return create(ctx.prisma, { id, name, members }, ctx.viewer);
};
