import { DataCategory, pageSize } from "@silta/kernel";
import { openConcernsWithDeadline } from "../../../data/concernStore";
import { concernScope } from "../../concernScope";
import { filterSubjects } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const overdueConcerns: NonNullable<QueryResolvers["overdueConcerns"]> = async (_parent, { filter, first }, ctx) => {
  const scope = concernScope(filter);
  const limit = pageSize("first", first, 100, 500);
  const rows = await openConcernsWithDeadline(ctx.prisma, scope, { lt: ctx.today }, limit);
  return filterSubjects(ctx, rows, DataCategory.Concerns);
};
