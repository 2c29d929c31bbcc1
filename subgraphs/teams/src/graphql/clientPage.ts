import {
  CONNECTION_NODES,
  DataCategory,
  edgeWithSealedCursor,
  filteredPage,
  pageSize,
  standInId,
  type ListField,
} from "@silta/kernel";
import type { TeamsContext } from "../context";
import type { ClientList, WindowRead } from "../data/clientListStore";

/**
 * At most this many clients are examined (read and narrowed to the visible) per request while filling one page of
 * a list of clients; the SDL says so, and `pageInfo.truncated` tells when it was reached.
 */
export const MAX_EXAMINED_CLIENTS = 1000;

/**
 * The window of a list of clients after `after` (null: the first, read with its parent's row), read
 * once per request: the page's and {@link readParentWithFirstWindows}'s reads of it are one read, so
 * both cost one statement.
 */
export function clientWindow(ctx: TeamsContext, list: ClientList, parentId: string, after: string | null): Promise<WindowRead> {
  return ctx.loaders.clientWindow.load({ list, parentId, after, size: MAX_EXAMINED_CLIENTS });
}

/**
 * One page of a list of clients (a team's, a professional's): filter, then page (docs/decisions/0013).
 * Only clients whose team data the viewer may see fill the page, count for `hasNextPage` or become a
 * cursor's position, and only the page's clients are decided and logged; the cursor is sealed for the
 * viewer and this very list. What the request's later fetches read of the page's clients (their names
 * from the clients subgraph, their latest scores from fit: the gateway's follow-up reads) is decided and
 * logged in the same call, one log entry per client with its categories.
 */
export async function clientPage(
  ctx: TeamsContext,
  list: ClientList,
  parentId: string,
  args: { first?: number | null; after?: string | null },
  info: ListField,
) {
  const limit = pageSize("first", args.first, 50, 500);
  const scope = `${list}:${parentId}`;
  const after = args.after ? String(ctx.cursors.open("after", scope, args.after, 1)[0]) : null;
  const followUps = ctx.access.followUpCategoriesAt(info, CONNECTION_NODES);
  const page = await filteredPage<string, string>(
    {
      limit,
      window: MAX_EXAMINED_CLIENTS,
      fetch: async (position) => (await clientWindow(ctx, list, parentId, position)).ids,
      positionOf: (id) => id,
      clientsOf: (id) => ({ clientIds: [id] }),
      standInId: standInId(scope),
      // That a client is on a team, or whose client they are, is the client's team data.
      visibleAmong: (ids, logFirst) => ctx.access.visibleAmong(ids, DataCategory.Team, logFirst, followUps),
    },
    after,
  );
  // Cursors are sealed only when asked for: a caseload asks for none.
  const edges = page.rows.map((id) => edgeWithSealedCursor({ id }, () => ctx.cursors.seal(scope, [id])));
  const last = edges.at(-1);
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      truncated: page.truncated,
      get endCursor() {
        return last?.cursor ?? null;
      },
    },
  };
}
