import { Kind, parse, type ConstValueNode } from "graphql";

export interface SubgraphEndpoint {
  /** The subgraph's name in the supergraph, e.g. `clients`: also the audience of its signed viewer. */
  name: string;
  /** The URL the supergraph was composed with (`@join__graph(url:)`). */
  url: string;
}

/**
 * The subgraphs a supergraph SDL names, from its `join__Graph` enum. Throws when the text is not a
 * supergraph, so a wrong SUPERGRAPH_PATH is reported at start and not at the first request.
 */
export function supergraphSubgraphs(supergraphSdl: string): SubgraphEndpoint[] {
  const document = parse(supergraphSdl, { noLocation: true });
  const graphs = document.definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph",
  );
  if (graphs?.kind !== Kind.ENUM_TYPE_DEFINITION || !graphs.values?.length) {
    throw new Error("The supergraph SDL has no join__Graph enum: it is not a composed supergraph (run `npm run compose`).");
  }
  return graphs.values.map((value) => {
    const directive = value.directives?.find((candidate) => candidate.name.value === "join__graph");
    const name = stringArgument(directive?.arguments?.find((argument) => argument.name.value === "name")?.value);
    const url = stringArgument(directive?.arguments?.find((argument) => argument.name.value === "url")?.value);
    if (!name || url === undefined) {
      throw new Error(`The supergraph's join__Graph value ${value.name.value} has no @join__graph(name:, url:).`);
    }
    return { name, url };
  });
}

function stringArgument(value: ConstValueNode | undefined): string | undefined {
  return value?.kind === Kind.STRING ? value.value : undefined;
}
