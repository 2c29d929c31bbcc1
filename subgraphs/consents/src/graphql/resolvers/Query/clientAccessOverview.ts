import { assertUuid, DataCategory } from "@silta/kernel";
import { accessOverview } from "../../../access/accessOverview";
import type { QueryResolvers } from "./../../types.generated";

export const clientAccessOverview: NonNullable<QueryResolvers["clientAccessOverview"]> = async (_parent, args, ctx) => {
  const clientId = assertUuid("clientId", args.clientId);
  // Who may see a client's data follows from their consents: the same category guards it.
  await ctx.access.assert(clientId, DataCategory.Consents);
  const grants = await accessOverview(ctx.prisma, ctx.accessService, clientId, ctx.timeZone);
  return grants.map((grant) => ({ ...grant, clientId }));
};
