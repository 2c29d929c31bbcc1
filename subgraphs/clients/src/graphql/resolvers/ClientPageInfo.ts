import type { ClientPageInfoResolvers } from "./../types.generated";

export const ClientPageInfo: ClientPageInfoResolvers = {};
