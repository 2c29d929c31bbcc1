import { assertUuid, DataCategory } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const concern: NonNullable<QueryResolvers["concern"]> = async (_parent, { id }, ctx) => {
  const row = await ctx.loaders.concern.load(assertUuid("id", id));
  if (!row) return null;
  await assertSubject(ctx, row, DataCategory.Concerns);
  return row;
};
