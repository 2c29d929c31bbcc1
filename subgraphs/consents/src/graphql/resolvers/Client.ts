import type { ClientResolvers } from "./../types.generated";

// Whom a client lets see their data is itself client data: `@clientData(category: consents)` in the
// SDL has the kernel decide and log the viewer's basis before these resolve (enforceClientDataRules).
export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  consents: (parent, _arg, ctx) => ctx.loaders.consentsOfClient.load(parent.id),
  bans: (parent, _arg, ctx) => ctx.loaders.bansOfClient.load(parent.id),
};
