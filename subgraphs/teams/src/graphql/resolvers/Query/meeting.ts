import { assertUuid, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const meeting: NonNullable<QueryResolvers["meeting"]> = async (_parent, { id }, ctx) => {
  const found = await ctx.loaders.meeting.load(assertUuid("id", id));
  if (!found) return null;
  await ctx.access.assert(found.clientId, DataCategory.Team);
  return found;
};
