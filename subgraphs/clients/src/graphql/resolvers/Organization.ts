import type { OrganizationResolvers } from "./../types.generated";

/** Only a reference by id (`resolvable: false`): the teams subgraph resolves the rest. */
export const Organization: OrganizationResolvers = {};
