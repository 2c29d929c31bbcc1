import { assertUuid, DataCategory } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const concern: NonNullable<QueryResolvers["concern"]> = async (_parent, { id }, ctx) => {
  const row = await ctx.loaders.concern.load(assertUuid("id", id));
  // Answered as a hidden one is, after the same work: an id nobody has must not be told from a hidden one.
  if (!row) return ctx.access.refuseMissing(id, DataCategory.Concerns);
  await assertSubject(ctx, row, DataCategory.Concerns);
  return row;
};
