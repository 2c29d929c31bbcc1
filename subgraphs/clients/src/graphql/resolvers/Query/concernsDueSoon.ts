import { badUserInput, LocalDate, pageSize } from "@silta/kernel";
import { concernScope } from "../../concernScope";
import { clientReadsOf, visibleDeadlineList } from "../../deadlineList";
import type { QueryResolvers } from "./../../types.generated";

export const concernsDueSoon: NonNullable<QueryResolvers["concernsDueSoon"]> = async (
  _parent,
  { filter, withinDays, first },
  ctx,
  info,
) => {
  const scope = concernScope(filter);
  const days = withinDays ?? 2;
  if (!Number.isInteger(days) || days < 0 || days > 60)
    throw badUserInput("withinDays", "range", "withinDays must be between 0 and 60.");
  const limit = pageSize("first", first, 100, 500);
  return visibleDeadlineList(
    ctx,
    scope,
    { gte: ctx.today, lte: LocalDate.addDays(ctx.today, days) },
    limit,
    clientReadsOf(ctx, info),
  );
};
