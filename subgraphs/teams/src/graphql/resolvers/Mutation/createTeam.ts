import type { MutationResolvers } from "./../../types.generated";
import { createTeam as create } from "../../../data/directoryStore";
import { requireText } from "../../../domain/inputRules";
import { assertMayManageDirectory } from "../../../domain/writePermission";
import { idOrNew } from "../../inputs";

export const createTeam: NonNullable<MutationResolvers["createTeam"]> = (_parent, { input }, ctx) => {
  assertMayManageDirectory(ctx.viewer);
  const id = idOrNew("input.id", input.id);
  return create(ctx.prisma, ctx.viewer.id, id, { name: requireText("input.name", input.name), kind: input.kind });
};
