import { badUserInput, DataCategory, pageSize } from "@silta/kernel";
import { consentsExpiringBetween } from "../../../data/consentStore";
import { addDays } from "../../../domain/validity";
import type { QueryResolvers } from "./../../types.generated";

export const consentsExpiring: NonNullable<QueryResolvers["consentsExpiring"]> = async (_parent, args, ctx) => {
  if (!Number.isInteger(args.withinDays) || args.withinDays < 0 || args.withinDays > 365)
    throw badUserInput("withinDays", "range", "withinDays must be between 0 and 365.");
  const first = pageSize("first", args.first, 100, 500);
  const today = ctx.today();
  const consents = await consentsExpiringBetween(ctx.prisma, today, addDays(today, args.withinDays), first);
  // Only the consents of clients the viewer may see, decided and logged as one batch.
  const allowed = await ctx.access.filterAllowed(
    [...new Set(consents.map((consent) => consent.clientId))],
    DataCategory.Consents,
  );
  return consents.filter((consent) => allowed.has(consent.clientId));
};
