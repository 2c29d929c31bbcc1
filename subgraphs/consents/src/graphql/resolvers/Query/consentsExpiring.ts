import { badUserInput, DataCategory, filteredPage, LocalDate, pageSize, standInId } from "@silta/kernel";
import { consentsExpiringBetween } from "../../../data/consentStore";
import type { Consent } from "../../../data/prisma/client";
import type { QueryResolvers } from "./../../types.generated";

/** At most this many consents are examined (read and narrowed to the visible) per request; the SDL says so. */
const MAX_EXAMINED_CONSENTS = 2000;

export const consentsExpiring: NonNullable<QueryResolvers["consentsExpiring"]> = async (_parent, args, ctx) => {
  if (!Number.isInteger(args.withinDays) || args.withinDays < 0 || args.withinDays > 365)
    throw badUserInput("withinDays", "range", "withinDays must be between 0 and 365.");
  const first = pageSize("first", args.first, 100, 500);
  const today = ctx.today();
  const to = LocalDate.addDays(today, args.withinDays);
  // Filter, then page (docs/decisions/0013): one window of consents is decided in one call that logs
  // only the clients of the consents shown, so consents of hidden clients cost no decision of their
  // own, no log entry and no statement, and never shorten the list.
  const page = await filteredPage<Consent, Consent>(
    {
      limit: first,
      window: MAX_EXAMINED_CONSENTS,
      fetch: (after, size) => consentsExpiringBetween(ctx.prisma, today, to, size, after),
      positionOf: (row) => row,
      clientsOf: (row) => ({ clientIds: [row.clientId] }),
      standInId: standInId("consentsExpiring"),
      visibleAmong: (rows, logFirst) => ctx.access.visibleAmong(rows, DataCategory.Consents, logFirst),
    },
    null,
  );
  // A full page is an honest answer; a shorter one from a full window is not (more may follow).
  if (page.truncated && page.rows.length < first)
    throw badUserInput(
      "withinDays",
      "too_broad",
      `More than ${MAX_EXAMINED_CONSENTS} consents had to be examined to fill the list: ask for fewer days.`,
    );
  return page.rows;
};
