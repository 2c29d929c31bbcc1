import { badUserInput, DataCategory, type LocalDate, visiblePage } from "@silta/kernel";
import type { ClientsContext } from "../context";
import { openConcernsWithDeadline, type ConcernScope } from "../data/concernStore";
import type { Concern } from "../data/prisma/client";
import { filterSubjects } from "./subjectAccess";

/** At most this many concerns are examined (read and decided) per request; the SDL says so. */
export const MAX_EXAMINED_CONCERNS = 2000;

/**
 * The first `limit` concerns of a deadline list that the viewer may see: filter, then page, so a
 * list is never shortened by concerns the viewer may not see. When the bound is reached first, the
 * list cannot be answered honestly, and the caller is told to narrow the filter.
 */
export async function visibleDeadlineList(
  ctx: ClientsContext,
  scope: ConcernScope,
  deadline: { gte?: LocalDate; lte?: LocalDate; lt?: LocalDate },
  limit: number,
): Promise<Concern[]> {
  const page = await visiblePage<Concern, Concern>(
    {
      limit,
      maxExamined: MAX_EXAMINED_CONCERNS,
      lookahead: false,
      fetch: (after, size) => openConcernsWithDeadline(ctx.prisma, scope, deadline, size, after),
      positionOf: (row) => row,
      visible: (rows) => filterSubjects(ctx, rows, DataCategory.Concerns),
    },
    null,
  );
  if (page.truncated)
    throw badUserInput(
      "filter",
      "too_broad",
      `More than ${MAX_EXAMINED_CONCERNS} concerns had to be examined to fill the list: narrow the filter (a team or a professional).`,
    );
  return page.rows;
}
