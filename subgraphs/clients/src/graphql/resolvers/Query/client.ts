import { assertUuid } from "@silta/kernel";
import { assertAnyBasis } from "../../clientVisibility";
import type { QueryResolvers } from "./../../types.generated";

export const client: NonNullable<QueryResolvers["client"]> = async (_parent, { id }, ctx) => {
  // A malformed id names no client: said plainly, rather than as a database error.
  const clientId = assertUuid("id", id);
  // Decided before loading: a viewer with no basis gets the same answer for a missing client as for
  // a hidden one. With some basis the client is answered, each field decided by its own category.
  await assertAnyBasis(ctx, clientId);
  return ctx.loaders.client.load(clientId);
};
