import type { DuplicateRegistrationResolvers } from "./../types.generated";

/** A duplicate record as the register keeper sees it: its id, its original's, when; the clients decide the rest. */
export const DuplicateRegistration: DuplicateRegistrationResolvers = {
  clientId: (parent) => parent.id,
  duplicateOfClientId: (parent) => parent.duplicateOfId!,
  registeredAt: (parent) => parent.createdAt,
  client: (parent) => parent,
  duplicateOf: async (parent, _args, ctx) => {
    const onRecord = await ctx.loaders.client.load(parent.duplicateOfId!);
    // The foreign key keeps the client on record while a duplicate names it.
    if (!onRecord) throw new Error(`duplicate ${parent.id} names no client on record`);
    return onRecord;
  },
};
