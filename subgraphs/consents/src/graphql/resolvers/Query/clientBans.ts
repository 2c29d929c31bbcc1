import { assertUuid, DataCategory } from "@silta/kernel";
import { bansOfClient } from "../../../data/banStore";
import type { QueryResolvers } from "./../../types.generated";

export const clientBans: NonNullable<QueryResolvers["clientBans"]> = async (_parent, args, ctx) => {
  const clientId = assertUuid("clientId", args.clientId);
  await ctx.access.assert(clientId, DataCategory.Consents);
  return bansOfClient(ctx.prisma, clientId, args.includeInactive ? null : (args.validOn ?? ctx.today()));
};
