import { defaultPortOf, subgraphs as registry, type SubgraphName } from "@silta/registry";

/** The subgraphs of the registry (registry/), in the order they are composed and started, with their default ports. */
export const subgraphs = registry.map(({ name }) => ({ name, port: defaultPortOf(name) }));

export type { SubgraphName };
