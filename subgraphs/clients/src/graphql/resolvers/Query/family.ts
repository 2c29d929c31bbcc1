import { assertUuid, forbidden } from "@silta/kernel";
import { visibleMemberIds } from "../Family";
import type { QueryResolvers } from "./../../types.generated";

export const family: NonNullable<QueryResolvers["family"]> = async (_parent, { id }, ctx) => {
  const familyId = assertUuid("id", id);
  const found = await ctx.loaders.family.load(familyId);
  if (!found) return null;
  if ((await visibleMemberIds(familyId, ctx)).length === 0)
    throw forbidden("You may see none of this family's members.", { category: "basic" });
  return found;
};
