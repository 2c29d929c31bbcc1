import type { ClientContactResolvers } from "./../types.generated";

/** The client row itself; `Client.contact` decided whether it may be shown. */
export const ClientContact: ClientContactResolvers = {};
