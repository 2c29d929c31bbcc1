import { badUserInput, DataCategory, forbidden } from "@silta/kernel";
import { CHILD_WELFARE_NOTICE } from "../../../domain/childWelfareNotice";
import type { QueryResolvers } from "./../../types.generated";

const MAX = 200;

/**
 * The notices the viewer raised, newest first. Each child's row is decided (action `notify`) and
 * logged as one batch, so reading back one's own notices is in the children's access logs too.
 */
export const myChildWelfareNotices: NonNullable<QueryResolvers["myChildWelfareNotices"]> = async (_parent, { first }, ctx) => {
  if (ctx.viewer.kind !== "professional")
    throw forbidden("Only a professional raises child welfare notices.", { reason: "professionals_only" });
  const take = first ?? 50;
  if (take < 0 || take > MAX) throw badUserInput("first", "range", `first must be between 0 and ${MAX}.`);
  const rows = await ctx.prisma.concern.findMany({
    where: { raisedByProfessionalId: ctx.viewer.id, kind: CHILD_WELFARE_NOTICE },
    orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
    take,
  });
  if (rows.length === 0) return [];
  const allowed = await ctx.access.filterAllowed(
    rows.map((row) => row.clientId!),
    DataCategory.Concerns,
    "notify",
  );
  // Each receipt is answered to its raiser, whose @clientData rule is then `notify` (decided above).
  return rows.filter((row) => allowed.has(row.clientId!)).map((row) => ({ ...row, noticeRaisedBy: ctx.viewer.id }));
};
