/** The six subgraphs, in the order they are composed and started, with their default ports. */
export const subgraphs = [
  { name: "clients", port: 4001 },
  { name: "teams", port: 4002 },
  { name: "consents", port: 4003 },
  { name: "fit", port: 4004 },
  { name: "training", port: 4005 },
  { name: "integration", port: 4006 },
] as const;

export type SubgraphName = (typeof subgraphs)[number]["name"];
