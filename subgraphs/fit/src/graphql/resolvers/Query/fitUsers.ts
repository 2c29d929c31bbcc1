import { badUserInput, forbidden } from "@silta/kernel";
import { fitUsers as usersOf } from "../../../data/reportStore";
import { mayReadReports } from "../../inputs";
import type { QueryResolvers } from "./../../types.generated";

/** Counts professionals, not clients: no client data, but still a management report. */
export const fitUsers: NonNullable<QueryResolvers["fitUsers"]> = async (_parent, args, ctx) => {
  if (!mayReadReports(ctx.viewer)) throw forbidden("FIT reports are for managers and reporting users.");
  const from = args.from;
  const to = args.to;
  if (to < from) throw badUserInput("to", "before_from", "The period ends before it starts.");
  return usersOf(ctx.prisma, from, to);
};
