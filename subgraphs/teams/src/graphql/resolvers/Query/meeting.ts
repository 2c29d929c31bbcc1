import { assertUuid, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const meeting: NonNullable<QueryResolvers["meeting"]> = async (_parent, { id }, ctx) => {
  const found = await ctx.loaders.meeting.load(assertUuid("id", id));
  // Answered as a hidden one is, after the same work: an id nobody has must not be told from a hidden one.
  if (!found) return ctx.access.refuseMissing(id, DataCategory.Team);
  await ctx.access.assert(found.clientId, DataCategory.Team);
  return found;
};
