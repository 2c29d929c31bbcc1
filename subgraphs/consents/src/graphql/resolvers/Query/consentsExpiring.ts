import { badUserInput, DataCategory, LocalDate, pageSize, visiblePage } from "@silta/kernel";
import { consentsExpiringBetween } from "../../../data/consentStore";
import type { Consent } from "../../../data/prisma/client";
import type { QueryResolvers } from "./../../types.generated";

/** At most this many consents are examined (read and decided) per request; the SDL says so. */
const MAX_EXAMINED_CONSENTS = 2000;

export const consentsExpiring: NonNullable<QueryResolvers["consentsExpiring"]> = async (_parent, args, ctx) => {
  if (!Number.isInteger(args.withinDays) || args.withinDays < 0 || args.withinDays > 365)
    throw badUserInput("withinDays", "range", "withinDays must be between 0 and 365.");
  const first = pageSize("first", args.first, 100, 500);
  const today = ctx.today();
  const to = LocalDate.addDays(today, args.withinDays);
  // Filter, then page: only the consents of clients the viewer may see fill the list, decided a window at a time.
  const page = await visiblePage<Consent, Consent>(
    {
      limit: first,
      maxExamined: MAX_EXAMINED_CONSENTS,
      lookahead: false,
      fetch: (after, size) => consentsExpiringBetween(ctx.prisma, today, to, size, after),
      positionOf: (row) => row,
      visible: async (rows) => {
        const allowed = await ctx.access.filterAllowed([...new Set(rows.map((row) => row.clientId))], DataCategory.Consents);
        return rows.filter((row) => allowed.has(row.clientId));
      },
    },
    null,
  );
  if (page.truncated)
    throw badUserInput(
      "withinDays",
      "too_broad",
      `More than ${MAX_EXAMINED_CONSENTS} consents had to be examined to fill the list: ask for fewer days.`,
    );
  return page.rows;
};
