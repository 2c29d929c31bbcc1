import type { TeamResolvers } from "./../types.generated";

/** Only a reference by id (`resolvable: false`): the teams subgraph resolves it. */
export const Team: TeamResolvers = {};
