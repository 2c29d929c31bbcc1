import { pageSize } from "@silta/kernel";
import { concernScope } from "../../concernScope";
import { clientReadsOf, visibleDeadlineList } from "../../deadlineList";
import type { QueryResolvers } from "./../../types.generated";

export const overdueConcerns: NonNullable<QueryResolvers["overdueConcerns"]> = async (_parent, { filter, first }, ctx, info) => {
  const scope = concernScope(filter);
  const limit = pageSize("first", first, 100, 500);
  return visibleDeadlineList(ctx, scope, { lt: ctx.today }, limit, clientReadsOf(ctx, info));
};
