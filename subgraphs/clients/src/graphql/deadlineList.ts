import { alwaysSelects, badUserInput, DataCategory, filteredPage, type LocalDate, standInId } from "@silta/kernel";
import type { ClientsContext } from "../context";
import { concernWindowWithDeadline, type ConcernScope } from "../data/concernStore";
import { clientSummaryRow } from "../data/loaders";
import type { Concern } from "../data/prisma/client";
import type { ConcernMapper } from "./clients.mappers";
import { listRowOf } from "./subjectAccess";

/** At most this many concerns are examined (read and narrowed to the visible) per request; the SDL says so. */
export const MAX_EXAMINED_CONCERNS = 2000;

/**
 * The first `limit` concerns of a deadline list that the viewer may see: filter, then page
 * (docs/decisions/0013). One window of the list is read, with the members of its families and the
 * names of its clients (one statement), and decided in one call that logs only the concerns shown, by
 * the rule of every concern: its client's
 * concerns for its service task, or, for a family's concern, those of each current member. So a list
 * is never shortened by concerns the viewer may not see, and concerns of hidden clients cost no
 * decision call, statement or log entry of their own. When a full window holds too few visible
 * concerns, the list cannot be answered honestly, and the caller is told to narrow the filter.
 */
/**
 * What a deadline list's request reads of each shown concern's client when the query surely asks
 * every concern's `client` (`alwaysSelects`): its `basic` data (`Concern.client`), and what the
 * gateway's later fetches read of it (the follow-up reads at `<list>.@.client`: its latest scores from
 * fit, say). Nothing when the client may not be asked.
 */
export function clientReadsOf(ctx: ClientsContext, info: Parameters<typeof alwaysSelects>[0]): DataCategory[] {
  if (!alwaysSelects(info, "Concern", "client")) return [];
  return [...new Set([DataCategory.Basic, ...ctx.access.followUpCategoriesAt(info, ["@", "client"])])];
}

export async function visibleDeadlineList(
  ctx: ClientsContext,
  scope: ConcernScope,
  deadline: { gte?: LocalDate; lte?: LocalDate; lt?: LocalDate },
  limit: number,
  /**
   * What the request reads of each shown concern's client ({@link clientReadsOf}): decided and logged
   * with the list, in its one call, instead of in calls after it.
   */
  clientReads: readonly DataCategory[] = [],
): Promise<Concern[]> {
  const members = new Map<Concern, string[]>();
  const page = await filteredPage<Concern, Concern>(
    {
      limit,
      window: MAX_EXAMINED_CONCERNS,
      fetch: async (after, size) => {
        // The window's concerns with the members of their families and their clients' summary columns,
        // in one statement whatever they hold. A concern's client is still decided before it is shown
        // (Concern.client); its row is then the one read here, not read again.
        const window = await concernWindowWithDeadline(ctx.prisma, scope, deadline, size, after);
        for (const { concern, memberIds, client } of window) {
          members.set(concern, memberIds);
          if (client) ctx.loaders.clientSummary.prime(client.id, clientSummaryRow(client));
        }
        return window.map((row) => row.concern);
      },
      positionOf: (row) => row,
      clientsOf: (row) => {
        const listRow = listRowOf(ctx, row, members.get(row) ?? []);
        // As Concern.client decides it: its client's `basic` data, read; a notice read back by its raiser is decided otherwise.
        if (!clientReads.length || !listRow || !row.clientId || (row as ConcernMapper).noticeRaisedBy) return listRow;
        const clientId = row.clientId;
        return { ...listRow, pageReads: clientReads.map((category) => ({ clientId, category })) };
      },
      standInId: standInId(`deadlines:${JSON.stringify([scope, deadline])}`),
      visibleAmong: (rows, logFirst) => ctx.access.visibleAmong(rows, DataCategory.Concerns, logFirst),
    },
    null,
  );
  // A full page is an honest answer; a shorter one from a full window is not (more may follow).
  if (page.truncated && page.rows.length < limit)
    throw badUserInput(
      "filter",
      "too_broad",
      `More than ${MAX_EXAMINED_CONCERNS} concerns had to be examined to fill the list: narrow the filter (a team or a professional).`,
    );
  return page.rows;
}
