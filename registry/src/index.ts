/** The one list of the hub's subgraphs and what follows from it (ports, paths, streams, variables). */
export * from "./subgraphRegistry";
