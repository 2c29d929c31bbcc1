import { buildSchema as buildFederationSchema, operationFromDocument } from "@apollo/federation-internals";
// Apollo's own result shaping, not exported by the package index: the reference these tests compare with.
import { computeResponse } from "@apollo/gateway/dist/resultShaping";
import { buildSchema, GraphQLError, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { compileOperation } from "./compileOperation";
import { shapeResponse } from "./shapeResponse";

const sdl = `
  type Query {
    node(id: ID!): Node
    nodes: [Node]
    search: [SearchResult!]!
    me: User!
    users: [User!]
    count: Int
    ratio: Float
    flag: Boolean
    kind: Kind
    kinds: [Kind!]
    tags: [String!]!
    json: JSON
    id: ID
  }
  scalar JSON
  enum Kind { A B }
  interface Node { id: ID! }
  interface Named implements Node { id: ID! name: String }
  type User implements Node & Named { id: ID! name: String! email: String friends: [User!]! best: User }
  type Product implements Node { id: ID! upc: String! price: Int }
  union SearchResult = User | Product
`;
const federationSchema = buildFederationSchema(sdl);
const graphqlSchema = buildSchema(sdl);

/** The document's operation and fragments, as Apollo's gateway splits them. */
function operationOf(query: string): { operation: OperationDefinitionNode; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { operation, fragments };
}

interface Outcome {
  data?: unknown;
  errors?: { message: string; path: readonly (string | number)[] | undefined; extensions: unknown }[];
  thrown?: string;
}

const plainErrors = (errors: readonly GraphQLError[]): Outcome["errors"] =>
  errors.map((error) => ({ message: error.message, path: error.path, extensions: error.extensions }));

/** JSON round trip: what the caller receives, with key order kept (compared separately). */
const asSent = (data: unknown): unknown => (data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as unknown));

function apollo(query: string, input: Record<string, unknown>, variables?: Record<string, unknown>): Outcome {
  try {
    const operation = operationFromDocument(federationSchema, parse(query), { validate: false });
    const { data, errors } = computeResponse({
      operation,
      variables,
      input: structuredClone(input),
      introspectionHandling: () => "introspected",
    });
    return { data: asSent(data), errors: plainErrors(errors) };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

function silta(query: string, input: Record<string, unknown>, variables?: Record<string, unknown>): Outcome {
  try {
    const { operation, fragments } = operationOf(query);
    const compiled = compileOperation(graphqlSchema, operation, fragments);
    const { data, errors } = shapeResponse(graphqlSchema, compiled, variables, structuredClone(input), () => "introspected");
    return { data: asSent(data), errors: plainErrors(errors) };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

/** Same data (key order included), same errors (message, path, code), or the same failure. */
function expectSameAsApollo(query: string, input: Record<string, unknown>, variables?: Record<string, unknown>): Outcome {
  const expected = apollo(query, input, variables);
  const actual = silta(query, input, variables);
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  return actual;
}

const user = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  __typename: "User",
  id,
  name: `name ${id}`,
  email: null,
  friends: [],
  best: null,
  ...extra,
});

describe("shapeResponse answers as Apollo's computeResponse does", () => {
  it("keeps only the selected fields, in the operation's order, with aliases", () => {
    const outcome = expectSameAsApollo(`{ b: count me { name id extra: email } count }`, {
      count: 3,
      b: 3,
      me: { __typename: "User", id: "1", name: "Ann", extra: "a@x", internal: "secret", email: "a@x" },
      notSelected: true,
    });
    expect(JSON.stringify(outcome.data)).toBe('{"b":3,"me":{"name":"Ann","id":"1","extra":"a@x"},"count":3}');
  });

  it("bubbles a null up to the nearest nullable field, with one error at the null's path", () => {
    expectSameAsApollo(`{ users { id name best { name } } count }`, {
      users: [user("1"), user("2", { name: null }), user("3", { best: { __typename: "User", name: null } })],
      count: 1,
    });
    const outcome = expectSameAsApollo(`{ me { friends { name } } count }`, {
      me: user("1", { friends: [user("2"), user("3", { name: null })] }),
      count: 1,
    });
    expect(outcome.data).toBeNull();
    expect(outcome.errors?.[0]?.path).toEqual(["me", "friends", 1, "name"]);
  });

  it("nulls a list whose non-null element is null, and reports missing fields as null", () => {
    expectSameAsApollo(`{ tags kinds users { id } }`, { tags: ["a", null], kinds: ["A", null], users: [null] });
    expectSameAsApollo(`{ tags }`, {});
    expectSameAsApollo(`{ search { ... on User { id } } }`, { search: [null] });
  });

  it("rejects leaf values the type cannot hold, and keeps custom scalars as they are", () => {
    for (const [field, value] of [
      ["count", 1.5],
      ["count", "3"],
      ["count", 3],
      ["count", true],
      // Integers are what prints as digits alone: not from 1e21 on (an exponent), -0 as 0.
      ["count", -0],
      ["count", 1e20],
      ["count", 1e21],
      ["count", -1e21],
      ["count", 2 ** 53 + 2],
      ["count", 1e-7],
      ["count", 3.0000000000000004],
      ["id", 1e21],
      ["id", -999999999999999900000],
      ["ratio", 1],
      ["ratio", "1.5"],
      ["ratio", Infinity],
      ["flag", "true"],
      ["flag", 0],
      ["kind", "C"],
      ["kind", "A"],
      ["id", 12],
      ["id", 1.2],
      ["id", "x"],
      ["json", { any: ["thing"] }],
      ["tags", [1]],
      ["kinds", ["B", "Z"]],
    ] as const) {
      expectSameAsApollo(`{ ${field} }`, { [field]: value });
    }
  });

  it("answers __typename from the type: root types, aliases, unknown and abstract names", () => {
    expectSameAsApollo(`{ __typename t: __typename me { __typename n: __typename id } }`, { me: user("1") });
    expectSameAsApollo(`{ node(id: "1") { t: __typename id } }`, { node: { __typename: "Product", id: "1" } });
    expectSameAsApollo(`{ node(id: "1") { __typename id } }`, { node: { __typename: "Node", id: "1" } });
    expectSameAsApollo(`{ node(id: "1") { __typename id } }`, { node: { __typename: "Hidden", id: "1" } });
    expectSameAsApollo(`{ node(id: "1") { id } }`, { node: { __typename: "Hidden", id: "1" } });
    expectSameAsApollo(`{ me { __typename } }`, { me: { id: "1" } });
  });

  it("applies fragments on interfaces and unions by the object's __typename", () => {
    const query = `
      query { nodes { id ...named ... on Product { upc price } } search { __typename ... on Named { name } ...product } }
      fragment named on Named { name ... on User { email } }
      fragment product on Product { upc }`;
    expectSameAsApollo(query, {
      nodes: [user("1", { email: "e" }), { __typename: "Product", id: "2", upc: "u2", price: 5 }, null],
      search: [{ __typename: "Product", upc: "u" }, user("3")],
    });
    expectSameAsApollo(query, { nodes: [{ id: "9", name: "no typename" }], search: [] });
    expectSameAsApollo(query, { nodes: [{ __typename: "Product", id: "2", upc: null }], search: [] });
  });

  it("merges repeated selections of one response name", () => {
    expectSameAsApollo(`{ me { id best { id } } me { name best { name email } } ... on Query { me { email } } }`, {
      me: user("1", { best: user("2"), email: "m" }),
    });
    expectSameAsApollo(`{ me { best { id } } me { best { name } } }`, {
      me: user("1", { best: { __typename: "User", id: "2", name: null } }),
    });
  });

  it("honours @skip and @include: literals, variables and variables' defaults", () => {
    const query = `query ($a: Boolean!, $b: Boolean = false) {
      me { id @skip(if: $a) name @include(if: $b) email @skip(if: true) ... on User @include(if: $a) { friends { id } } }
      count @include(if: false) @skip(if: false)
      flag @skip(if: $b) @include(if: $a)
    }`;
    const input = { me: user("1", { friends: [user("2")] }), count: 1, flag: true };
    for (const variables of [{ a: true }, { a: false }, { a: true, b: true }, { a: false, b: false }]) {
      expectSameAsApollo(query, input, variables);
    }
  });

  it("fails as Apollo does on data that cannot be the answer", () => {
    expectSameAsApollo(`{ users { id } }`, { users: { id: "1" } });
    expectSameAsApollo(`{ me { id } }`, { me: "1" });
    expectSameAsApollo(`{ me { __typename id } }`, { me: { __typename: 7, id: "1" } });
    expectSameAsApollo(`{ nodes { ... on User { id } } }`, { nodes: [{ __typename: ["User"], id: "1" }] });
  });

  it("hands __schema and __type to introspection", () => {
    expectSameAsApollo(`{ __schema { queryType { name } } me { id } t: __type(name: "User") { name } }`, { me: user("1") });
  });

  it("agrees with Apollo on many randomly damaged answers", () => {
    const query = `
      query ($x: Boolean!) {
        __typename
        me { ...person best { ...person } }
        users { ...person friends @include(if: $x) { id name } }
        search { __typename ... on Product { upc price } ... on Node { id } ... on Named { name } }
        nodes { id ... on User { email } }
        kinds tags count
      }
      fragment person on User { id name email }`;
    const healthy = {
      me: user("1", { best: user("2") }),
      users: [user("3", { friends: [user("4"), user("5")] }), user("6")],
      search: [{ __typename: "Product", upc: "u", price: 3, id: "7" }, user("8")],
      nodes: [user("9", { email: "e" }), { __typename: "Product", id: "10" }],
      kinds: ["A", "B"],
      tags: ["t"],
      count: 2,
    };
    const damages: unknown[] = [null, undefined, 1.5, "Z", true, {}, [], { __typename: "Product" }, { __typename: "Named" }];
    let seed = 42;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const damage = (value: unknown): unknown => {
      if (Array.isArray(value))
        return value.map((element) => (random(6) === 0 ? damages[random(damages.length)] : damage(element)));
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value).map(([key, inner]) => [key, random(7) === 0 ? damages[random(damages.length)] : damage(inner)]),
        );
      }
      return value;
    };
    for (let run = 0; run < 300; run++) {
      expectSameAsApollo(query, damage(healthy) as Record<string, unknown>, { x: run % 2 === 0 });
    }
  });
});
