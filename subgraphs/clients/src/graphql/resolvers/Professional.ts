import type { ProfessionalResolvers } from "./../types.generated";

/** Only a reference by id (`resolvable: false`): the teams subgraph resolves the rest. */
export const Professional: ProfessionalResolvers = {};
