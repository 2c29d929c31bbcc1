import type { OrganizationResolvers } from "./../types.generated";

/** Only a reference by id (`resolvable: false`): the teams subgraph resolves organisations. */
export const Organization: OrganizationResolvers = {};
