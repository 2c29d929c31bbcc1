import { DataCategory } from "@silta/kernel";
import type { ClientResolvers } from "./../types.generated";

export const Client: ClientResolvers = {
  // Checked before loading, so a denied viewer cannot even learn whether the client exists. The
  // guard batches the asks of all references into one decision; the loader into one query.
  __resolveReference: async (reference, ctx) => {
    await ctx.access.assert(reference.id, DataCategory.Basic);
    return ctx.loaders.client.load(reference.id);
  },
  controllerOrganization: (parent) => ({ id: parent.controllerOrganizationId }),
};
