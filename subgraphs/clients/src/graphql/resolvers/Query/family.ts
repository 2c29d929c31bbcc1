import { assertUuid, DataCategory, noSuchRecord } from "@silta/kernel";
import { visibleMemberIds } from "../Family";
import type { QueryResolvers } from "./../../types.generated";

export const family: NonNullable<QueryResolvers["family"]> = async (_parent, { id }, ctx) => {
  const familyId = assertUuid("id", id);
  const found = await ctx.loaders.family.load(familyId);
  // A family nobody has and one of whose members the viewer may see none answer alike, after a
  // decision each: an id must not be told from a hidden family's (docs/access.md, "Records by id").
  if (!found) return ctx.access.refuseMissing(familyId, DataCategory.Basic);
  if ((await visibleMemberIds(familyId, ctx)).length === 0) throw noSuchRecord(ctx.viewer, DataCategory.Basic);
  return found;
};
