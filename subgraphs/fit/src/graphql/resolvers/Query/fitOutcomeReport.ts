import { badUserInput, forbidden } from "@silta/kernel";
import { outcomeReport } from "../../../data/reportStore";
import { shareWhileRunning } from "../../../data/shareWhileRunning";
import { mayReadReports } from "../../inputs";
import type { QueryResolvers } from "./../../types.generated";

/** Aggregates only (no person-level field, small groups suppressed in SQL), so no per-client access check. */
export const fitOutcomeReport: NonNullable<QueryResolvers["fitOutcomeReport"]> = async (_parent, args, ctx) => {
  if (!mayReadReports(ctx.viewer)) throw forbidden("FIT reports are for managers and reporting users.");
  const from = args.from;
  const to = args.to;
  if (to < from) throw badUserInput("to", "before_from", "The period ends before it starts.");
  ctx.log.info({ report: "fitOutcomeReport", dimension: args.dimension, from, to, viewerId: ctx.viewer.id }, "report read");
  // The same for every viewer allowed to read it: identical requests made while one runs share its answer.
  return shareWhileRunning(ctx.prisma, `outcome|${args.dimension}|${from}|${to}`, () =>
    outcomeReport(ctx.prisma, args.dimension, from, to),
  );
};
