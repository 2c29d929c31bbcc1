import { assertUuid, DataCategory, decodeCursor, encodeCursor, pageSize } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";
import { clientsWithoutResponsibleWorker as findPage } from "../../../data/unassignedClientStore";

export const clientsWithoutResponsibleWorker: NonNullable<QueryResolvers["clientsWithoutResponsibleWorker"]> = async (
  _parent,
  { teamId, first, after },
  ctx,
) => {
  const limit = pageSize("first", first);
  const afterId = after ? assertUuid("after", String(decodeCursor("after", after, 1)[0])) : null;
  const ids = await findPage(ctx.prisma, {
    teamId: teamId ? assertUuid("teamId", teamId) : null,
    after: afterId,
    limit: limit + 1,
    today: ctx.today,
  });
  const page = ids.slice(0, limit);
  const visible = await ctx.access.filterAllowed(page, DataCategory.Team);
  const last = page.at(-1);
  return {
    edges: page.filter((id) => visible.has(id)).map((id) => ({ cursor: encodeCursor([id]), node: { id } })),
    // The cursor follows the last row read, not the last shown, so hidden clients do not repeat.
    pageInfo: { hasNextPage: ids.length > limit, endCursor: last ? encodeCursor([last]) : null },
  };
};
