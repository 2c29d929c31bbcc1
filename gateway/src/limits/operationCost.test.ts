import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { operationCost } from "./operationCost";

const schema = buildSchema(`
  type Query { team(id: ID!): Team teams(first: Int = 20): TeamConnection! tags: [String!]! }
  type Team { name: String! members: [Member!]! clients(first: Int): ClientConnection! }
  type Member { role: String! }
  type TeamConnection { edges: [TeamEdge!]! }
  type TeamEdge { node: Team! }
  type ClientConnection { nodes: [Client!]! }
  type Client { firstName: String! }
`);

function cost(query: string, variables?: Record<string, unknown>, defaultListSize = 10): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost({ schema, operation, fragments, variables, defaultListSize });
}

describe("operationCost", () => {
  it("counts each field once when nothing is a list", () => {
    expect(cost('{ team(id: "1") { name } }')).toBe(2);
  });

  it("multiplies the children of a plain list by the default list size", () => {
    expect(cost('{ team(id: "1") { members { role } } }', undefined, 7)).toBe(1 + 1 + 7);
  });

  it("takes a connection's size from `first`, without counting its nodes list twice", () => {
    expect(cost('{ team(id: "1") { clients(first: 30) { nodes { firstName } } } }')).toBe(1 + 1 + 30 * (1 + 1));
  });

  it("uses the argument's declared default, or 50 when it has none", () => {
    expect(cost("{ teams { edges { node { name } } } }")).toBe(1 + 20 * 3);
    expect(cost('{ team(id: "1") { clients { nodes { firstName } } } }')).toBe(2 + 50 * 2);
  });

  it("reads sizes from variables and counts fields inside fragments", () => {
    const query =
      "query Q($n: Int) { teams(first: $n) { edges { node { ...T } } } } fragment T on Team { name members { role } }";
    expect(cost(query, { n: 2 }, 5)).toBe(1 + 2 * (1 + 1 + 1 + 1 + 5));
  });

  it("does not count __typename", () => {
    expect(cost("{ __typename tags }")).toBe(1);
  });

  it("costs each fragment once, so a fragment spread twice at every level stays linear in the document", () => {
    const fragments = Array.from({ length: 27 }, (_, i) => `fragment F${i} on Team { name ...F${i + 1} ...F${i + 1} }`);
    const query = `{ team(id: "1") { ...F0 } } ${fragments.join(" ")} fragment F27 on Team { name }`;
    const cpu = process.cpuUsage();
    const estimate = cost(query);
    const spent = process.cpuUsage(cpu);
    // Every level doubles: 1 (team) + (2^28 - 1) names.
    expect(estimate).toBe(2 ** 28);
    // Generous for a loaded machine; the unmemoised estimate took over 20 s.
    expect((spent.user + spent.system) / 1000).toBeLessThan(500);
  });

  it("answers Infinity for a fragment cycle rather than recursing", () => {
    expect(cost('{ team(id: "1") { ...A } } fragment A on Team { name ...B } fragment B on Team { ...A }')).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it("multiplies a fragment's memoised cost by each place's list size", () => {
    const query =
      '{ teams(first: 3) { edges { node { ...T } } } team(id: "1") { ...T } } fragment T on Team { name members { role } }';
    // teams 1 + 3 × (edges 1 + node 1 + T) + team 1 + T, with T = name 1 + members 1 + 10 × role 1 = 12.
    expect(cost(query)).toBe(1 + 3 * (1 + 1 + 12) + 1 + 12);
  });
});

describe("operationCost over Silta's supergraph", () => {
  // The API schema the gateway serves, from the committed supergraph.
  const api = Supergraph.build(readFileSync(join(__dirname, "..", "..", "..", "schema", "supergraph.graphql"), "utf8"))
    .apiSchema()
    .toGraphQLJSSchema();
  const costOf = (query: string) => {
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    return operationCost({ schema: api, operation, fragments: {}, variables: undefined, defaultListSize: 10 });
  };

  it.each([
    [
      "Team.clients",
      '{ team(id: "t") { clients(first: 7) { edges { node { id } } } } }',
      '{ team(id: "t") { clients { edges { node { id } } } } }',
    ],
    [
      "Professional.responsibleFor",
      '{ professional(id: "p") { responsibleFor(first: 7) { edges { node { id } } } } }',
      '{ professional(id: "p") { responsibleFor { edges { node { id } } } } }',
    ],
    [
      "Professional.clients",
      '{ professional(id: "p") { clients(first: 7) { edges { node { id } } } } }',
      '{ professional(id: "p") { clients { edges { node { id } } } } }',
    ],
  ])("costs %s by its page size: `first`, or the default of 50 the SDL declares", (_name, sized, unsized) => {
    // parent + connection + first × (edges + node + id)
    expect(costOf(sized)).toBe(1 + 1 + 7 * 3);
    expect(costOf(unsized)).toBe(1 + 1 + 50 * 3);
  });
});
