import {
  assertUuid,
  CONNECTION_NODES,
  DataCategory,
  edgeWithSealedCursor,
  filteredPage,
  pageSize,
  standInId,
} from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";
import { clientsWithoutResponsibleWorker as findPage } from "../../../data/unassignedClientStore";
import { MAX_EXAMINED_CLIENTS } from "../../clientPage";

export const clientsWithoutResponsibleWorker: NonNullable<QueryResolvers["clientsWithoutResponsibleWorker"]> = async (
  _parent,
  { teamId, first, after },
  ctx,
  info,
) => {
  const limit = pageSize("first", first);
  const team = teamId ? assertUuid("teamId", teamId) : null;
  const scope = `clientsWithoutResponsibleWorker:${team ?? ""}`;
  const afterId = after ? String(ctx.cursors.open("after", scope, after, 1)[0]) : null;
  const followUps = ctx.access.followUpCategoriesAt(info, CONNECTION_NODES);
  // Filter, then page (docs/decisions/0013): only clients the viewer may see fill the page, count, or
  // become a cursor, and only the page's clients are decided and logged, with what the request's
  // later fetches read of them (the gateway's follow-up reads).
  const page = await filteredPage<string, string>(
    {
      limit,
      window: MAX_EXAMINED_CLIENTS,
      fetch: (position, size) => findPage(ctx.prisma, { teamId: team, after: position, limit: size, today: ctx.today }),
      positionOf: (id) => id,
      clientsOf: (id) => ({ clientIds: [id] }),
      standInId: standInId(scope),
      visibleAmong: (ids, logFirst) => ctx.access.visibleAmong(ids, DataCategory.Team, logFirst, followUps),
    },
    afterId,
  );
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
};
