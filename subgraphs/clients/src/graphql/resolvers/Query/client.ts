import { badUserInput, DataCategory } from "@silta/kernel";
import type { QueryResolvers } from "./../../types.generated";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const client: NonNullable<QueryResolvers["client"]> = async (_parent, { id }, ctx) => {
  // A malformed id names no client: said plainly, rather than as a database error.
  if (!uuid.test(id))
    throw badUserInput("id", "uuid", `Client id "${id}" is not a UUID; ask with the id the hub gave the client.`);
  // Checked before loading, so a denied viewer cannot tell a missing client from a hidden one.
  await ctx.access.assert(id, DataCategory.Basic);
  return ctx.loaders.client.load(id);
};
