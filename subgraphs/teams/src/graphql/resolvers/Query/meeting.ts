import { assertUuid, DataCategory, noSuchRecord } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const meeting: NonNullable<QueryResolvers["meeting"]> = async (_parent, { id }, ctx) => {
  const found = await ctx.loaders.meeting.load(assertUuid("id", id));
  // Answered as a hidden one is: an id of a record nobody has must not be told from one hidden.
  if (!found) throw noSuchRecord(ctx.viewer, DataCategory.Team);
  await ctx.access.assert(found.clientId, DataCategory.Team);
  return found;
};
