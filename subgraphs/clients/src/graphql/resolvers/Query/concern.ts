import { assertUuid, DataCategory, noSuchRecord } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const concern: NonNullable<QueryResolvers["concern"]> = async (_parent, { id }, ctx) => {
  const row = await ctx.loaders.concern.load(assertUuid("id", id));
  // Answered as a hidden one is: an id of a record nobody has must not be told from one hidden.
  if (!row) throw noSuchRecord(ctx.viewer, DataCategory.Concerns);
  await assertSubject(ctx, row, DataCategory.Concerns);
  return row;
};
