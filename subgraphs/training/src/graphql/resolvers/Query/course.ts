import { assertUuid } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const course: NonNullable<QueryResolvers["course"]> = (_parent, { id }, ctx) =>
  ctx.loaders.course.load(assertUuid("id", id));
