import { assertUuid, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

export const client: NonNullable<QueryResolvers["client"]> = async (_parent, { id }, ctx) => {
  // A malformed id names no client: said plainly, rather than as a database error.
  const clientId = assertUuid("id", id);
  // Checked before loading, so a denied viewer cannot tell a missing client from a hidden one.
  await ctx.access.assert(clientId, DataCategory.Basic);
  return ctx.loaders.client.load(clientId);
};
