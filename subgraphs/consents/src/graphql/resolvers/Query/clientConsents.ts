import { assertUuid, DataCategory } from "@silta/kernel";
import { consentsOfClient } from "../../../data/consentStore";
import type { QueryResolvers } from "./../../types.generated";

export const clientConsents: NonNullable<QueryResolvers["clientConsents"]> = async (_parent, args, ctx) => {
  const clientId = assertUuid("clientId", args.clientId);
  await ctx.access.assert(clientId, DataCategory.Consents);
  return consentsOfClient(ctx.prisma, clientId, args.includeInactive ? null : (args.validOn ?? ctx.today()));
};
