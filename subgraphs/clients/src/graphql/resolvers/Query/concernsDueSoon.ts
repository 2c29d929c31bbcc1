import { badUserInput, DataCategory, pageSize } from "@silta/kernel";
import { openConcernsWithDeadline } from "../../../data/concernStore";
import { addCalendarDays } from "../../../domain/workingDays";
import { concernScope } from "../../concernScope";
import { filterSubjects } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const concernsDueSoon: NonNullable<QueryResolvers["concernsDueSoon"]> = async (
  _parent,
  { filter, withinDays, first },
  ctx,
) => {
  const scope = concernScope(filter);
  const days = withinDays ?? 2;
  if (!Number.isInteger(days) || days < 0 || days > 60)
    throw badUserInput("withinDays", "range", "withinDays must be between 0 and 60.");
  const limit = pageSize("first", first, 100, 500);
  const rows = await openConcernsWithDeadline(
    ctx.prisma,
    scope,
    { gte: ctx.today, lte: addCalendarDays(ctx.today, days) },
    limit,
  );
  return filterSubjects(ctx, rows, DataCategory.Concerns);
};
