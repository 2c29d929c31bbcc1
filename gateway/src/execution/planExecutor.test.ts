import { composeServices } from "@apollo/composition";
import { ApolloGateway, LocalGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { GraphQLError, parse } from "graphql";
import { usePlanExecutor } from "./planExecutor";

/**
 * Differential tests: the same supergraph served by stock @apollo/gateway (its `executeQueryPlan`)
 * and by the same gateway with Silta's plan executor, in process (LocalGraphQLDataSource), must
 * give byte-identical answers, errors and their paths included. The subgraphs misbehave on purpose
 * for some entities: errors in `_entities` batches, nulls where the schema forbids them, values an
 * enum does not have, a whole failed fetch.
 */
const users = [
  { id: "1", name: "Ann", email: "ann@example.org", role: "ADMIN" },
  { id: "2", name: "Bob", email: "boom", role: "USER" },
  { id: "3", name: null, email: "cid@example.org", role: "USER" },
  { id: "4", name: "Dee", email: null, role: "NOT_A_ROLE" },
];
const products = [
  { upc: "p1", name: "Table", price: 100, weight: 10 },
  { upc: "p2", name: "Couch", price: 900, weight: 50 },
  { upc: "p3", name: null, price: 10, weight: 1 },
  { upc: "p4", name: "Lamp", price: 40, weight: 2 },
];
const books = [{ upc: "b1", name: "Kalevala", pages: 400 }];
const reviews = [
  { id: "r1", body: "Good", authorId: "1", upc: "p1" },
  { id: "r2", body: "Bad", authorId: "2", upc: "p1" },
  { id: "r3", body: "Fine", authorId: "3", upc: "p2" },
  { id: "r4", body: "Meh", authorId: "4", upc: "p3" },
  { id: "r5", body: "Lost", authorId: "9", upc: "p4" },
  { id: "r6", body: "Again", authorId: "2", upc: "p1" },
];
/** How many entities the inventory subgraph was asked to resolve, by upc. */
const inventoryLookups = new Map<string, number>();

const subgraphs = [
  {
    name: "accounts",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
      enum Role { ADMIN USER }
      type User @key(fields: "id") { id: ID! name: String! email: String role: Role favourite: Product }
      type Product @key(fields: "upc", resolvable: false) { upc: String! }
      type Query { me: User users: [User!]! user(id: ID!): User }
    `),
    resolvers: {
      Query: {
        me: () => users[0],
        users: () => users,
        user: (_: unknown, { id }: { id: string }) => users.find((user) => user.id === id) ?? null,
      },
      User: {
        __resolveReference: ({ id }: { id: string }) => {
          if (id === "9") throw new GraphQLError("User 9 is gone", { extensions: { code: "NOT_FOUND" } });
          return users.find((user) => user.id === id) ?? null;
        },
        favourite: ({ id }: { id: string }) => ({ __typename: "Product", upc: id === "2" ? "p4" : "p1" }),
        email: ({ email }: { email: string | null }) => {
          if (email === "boom") throw new Error("email store down");
          return email;
        },
      },
    },
  },
  {
    name: "products",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
      interface Item { upc: String! name: String }
      type Product implements Item @key(fields: "upc") { upc: String! name: String price: Int! weight: Int! }
      type Book implements Item { upc: String! name: String pages: Int! }
      union SearchResult = Product | Book
      type Query { topProducts(first: Int = 5): [Product!]! product(upc: String!): Product items: [Item!]! search: [SearchResult] }
    `),
    resolvers: {
      Query: {
        topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first),
        product: (_: unknown, { upc }: { upc: string }) => products.find((product) => product.upc === upc) ?? null,
        items: () => [...products, ...books],
        search: () => [books[0], products[1], products[2]],
      },
      Item: { __resolveType: (item: { pages?: number }) => (item.pages ? "Book" : "Product") },
      SearchResult: { __resolveType: (item: { pages?: number }) => (item.pages ? "Book" : "Product") },
      Product: { __resolveReference: ({ upc }: { upc: string }) => products.find((product) => product.upc === upc) ?? null },
    },
  },
  {
    name: "inventory",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
      type Product @key(fields: "upc") {
        upc: String!
        price: Int! @external
        weight: Int! @external
        inStock: Boolean!
        shippingEstimate: Int @requires(fields: "price weight")
      }
    `),
    resolvers: {
      Product: {
        __resolveReference: (reference: { upc: string; price?: number; weight?: number }) => {
          inventoryLookups.set(reference.upc, (inventoryLookups.get(reference.upc) ?? 0) + 1);
          if (reference.upc === "p4") throw new Error("inventory lost p4");
          return reference;
        },
        inStock: ({ upc }: { upc: string }) => (upc === "p2" ? null : upc !== "p3"),
        shippingEstimate: ({ price, weight }: { price: number; weight: number }) => (price > 500 ? 0 : weight * 2),
      },
    },
  },
  {
    name: "reviews",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Review { id: ID! body: String! author: User! product: Product }
      type User @key(fields: "id") { id: ID! reviews: [Review!]! }
      type Product @key(fields: "upc") { upc: String! reviews: [Review] }
    `),
    resolvers: {
      Review: {
        author: ({ authorId }: { authorId: string }) => ({ __typename: "User", id: authorId }),
        product: ({ upc }: { upc: string }) => ({ __typename: "Product", upc }),
      },
      User: {
        reviews: ({ id }: { id: string }) => {
          if (id === "4") throw new GraphQLError("reviews of 4 are sealed", { extensions: { code: "FORBIDDEN" } });
          return reviews.filter((review) => review.authorId === id);
        },
      },
      Product: {
        reviews: ({ upc }: { upc: string }) =>
          upc === "p3"
            ? [null, ...reviews.filter((review) => review.upc === upc)]
            : reviews.filter((review) => review.upc === upc),
      },
    },
  },
];

const composition = composeServices(
  subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://${name}.invalid/graphql` })),
);
if (!composition.supergraphSdl)
  throw new Error(`composition failed: ${composition.errors?.map((error) => error.message).join("; ")}`);
const supergraphSdl = composition.supergraphSdl;

function gateway(): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const subgraph = subgraphs.find((candidate) => candidate.name === name)!;
      return new LocalGraphQLDataSource(
        buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers as never }),
      );
    },
  });
}

let stock: ApolloServer;
let silta: ApolloServer;

beforeAll(async () => {
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";
  stock = new ApolloServer({ gateway: gateway(), includeStacktraceInErrorResponses: false });
  silta = new ApolloServer({ gateway: usePlanExecutor(gateway()), includeStacktraceInErrorResponses: false });
  await Promise.all([stock.start(), silta.start()]);
});

afterAll(async () => {
  await Promise.all([stock.stop(), silta.stop()]);
});

async function answer(
  server: ApolloServer,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<string> {
  const response = await server.executeOperation({ query, variables, operationName });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return JSON.stringify(response.body.singleResult);
}

/** Both gateways' answers, byte for byte; returns Silta's, parsed, for further checks. */
async function expectSameAnswer(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<{ data?: unknown; errors?: { path?: unknown[] }[] }> {
  const [expected, actual] = await Promise.all([
    answer(stock, query, variables, operationName),
    answer(silta, query, variables, operationName),
  ]);
  expect(actual).toBe(expected);
  return JSON.parse(actual) as { data?: unknown; errors?: { path?: unknown[] }[] };
}

describe("Silta's plan executor answers as Apollo's executeQueryPlan does", () => {
  it("joins entities across four subgraphs, with @requires, in the operation's field order", async () => {
    const answer = await expectSameAnswer(`{
      topProducts(first: 1) { name shippingEstimate upc inStock price reviews { body author { name reviews { id } } } }
    }`);
    expect(JSON.stringify(answer.data)).toContain('"shippingEstimate":20');
  });

  it("places subgraph errors of _entities batches at the entities' paths", async () => {
    const answer = await expectSameAnswer(`{ topProducts(first: 4) { upc reviews { id author { id email reviews { id } } } } }`);
    expect(answer.errors?.length).toBeGreaterThan(0);
    await expectSameAnswer(`{ topProducts(first: 4) { upc shippingEstimate reviews { author { name } } } }`);
  });

  it("sends a repeated entity once, and gives every copy its data and the errors about it", async () => {
    const query = `{ users { id reviews { id author { id email } product { upc inStock } } } }`;
    inventoryLookups.clear();
    const expected = await answer(stock, query);
    const stockLookups = new Map(inventoryLookups);
    inventoryLookups.clear();
    const actual = await answer(silta, query);
    expect(actual).toBe(expected);
    // Bob wrote two reviews, so he is twice in the batch of authors: his email's error is there twice.
    const errors = (JSON.parse(actual) as { errors: { message: string; path: unknown[] }[] }).errors;
    expect(errors.filter((error) => error.message === "email store down").map((error) => error.path)).toEqual([
      ["users", 1, "reviews", 0, "author", "email"],
      ["users", 1, "reviews", 1, "author", "email"],
    ]);
    // Three reviews are of p1: stock asks the inventory subgraph for it three times, Silta once.
    expect(stockLookups.get("p1")).toBe(3);
    expect(inventoryLookups.get("p1")).toBe(1);
  });

  it("gives an entity that recurs as the same object every copy's errors and the answer stock gives", async () => {
    // Bob wrote two reviews of p1, so he is sent once and his answer (his favourite, p4) is merged
    // into both copies: the next batch finds that one favourite object at two paths.
    const query = `{ topProducts(first: 1) { reviews { id author { id favourite { upc name shippingEstimate } } } } }`;
    inventoryLookups.clear();
    const expected = await answer(stock, query);
    inventoryLookups.clear();
    const actual = await answer(silta, query);
    expect(actual).toBe(expected);
    const { data, errors } = JSON.parse(actual) as {
      data: { topProducts: { reviews: { author: { favourite: { name: string } } }[] }[] };
      errors: { message: string }[];
    };
    // Both copies of Bob have his favourite's name from the products subgraph; its shipping estimate failed.
    expect(data.topProducts[0]!.reviews.map((review) => review.author.favourite.name)).toEqual(["Table", "Lamp", "Lamp"]);
    expect(errors.map((error) => error.message)).toContain("inventory lost p4");
    expect(inventoryLookups.get("p4")).toBe(1);
  });

  it("answers response names that Object.prototype also has as plain fields", async () => {
    const answer = await expectSameAnswer(
      `{ me { constructor: name toString: id __proto__: email hasOwnProperty: reviews { id } } constructor: users { id } }`,
    );
    expect(answer.data).toMatchObject({ me: { constructor: "Ann", toString: "1", hasOwnProperty: [{ id: "r1" }] } });
    expect(JSON.stringify(answer.data)).toContain('"__proto__":"ann@example.org"');
  });

  it("bubbles nulls of non-null fields to the nearest nullable parent, and reports values the schema does not have", async () => {
    await expectSameAnswer(`{ users { id name role } }`);
    await expectSameAnswer(`{ me { name } users { id role } user(id: "3") { id name } }`);
    await expectSameAnswer(`{ topProducts { upc inStock } }`);
    await expectSameAnswer(`{ product(upc: "p3") { name reviews { body } } }`);
  });

  it("resolves fragments on interfaces and unions, named and inline, with __typename and aliases", async () => {
    await expectSameAnswer(`
      query Shop { kind: __typename items { __typename ...item ... on Product { price inStock } ... on Book { pages } }
                   search { t: __typename ... on Item { upc } ...product } }
      fragment item on Item { upc name }
      fragment product on Product { price shippingEstimate reviews { id } }`);
  });

  it("honours @skip and @include with variables and defaults, on fields and on whole fetches", async () => {
    const query = `query ($withReviews: Boolean!, $first: Int, $withStock: Boolean = true) {
      topProducts(first: $first) {
        upc
        reviews @include(if: $withReviews) { body author @skip(if: $withStock) { name } }
        inStock @include(if: $withStock)
        ... on Product @skip(if: $withReviews) { shippingEstimate }
      }
    }`;
    for (const variables of [
      { withReviews: true, first: 3 },
      { withReviews: false },
      { withReviews: true, withStock: false },
      { withReviews: false, withStock: false, first: 1 },
    ]) {
      await expectSameAnswer(query, variables);
    }
  });

  it("refuses bad variables and unknown operation names alike", async () => {
    await expectSameAnswer(`query ($first: Int) { topProducts(first: $first) { upc } }`, { first: "two" });
    await expectSameAnswer(`query ($upc: String!) { product(upc: $upc) { upc } }`, {});
    await expectSameAnswer(`query A { me { id } } query B { users { id } }`, undefined, "B");
    await expectSameAnswer(`query A { me { id } } query B { users { id } }`, undefined, "C");
  });

  it("answers introspection beside federated fields", async () => {
    await expectSameAnswer(`{ __typename __type(name: "Product") { name fields { name } } me { name } }`);
    await expectSameAnswer(`query ($name: String!) { t: __type(name: $name) { kind name } }`, { name: "SearchResult" });
  });

  it("answers the same again from the cached plan", async () => {
    const query = `query Again($first: Int) { topProducts(first: $first) { name reviews { author { name email } } } }`;
    for (const first of [1, 2, 3, 4, 1]) await expectSameAnswer(query, { first });
  });
});

describe("Silta's plan executor with an OpenTelemetry SDK registered", () => {
  const exporter = new InMemorySpanExporter();

  beforeAll(() => {
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
  });

  afterAll(() => {
    trace.disable();
  });

  it("records the request, its planning and each subgraph fetch, and answers the same", async () => {
    exporter.reset();
    await expectSameAnswer(`query Traced { topProducts(first: 2) { name shippingEstimate reviews { body } } }`);
    const spans = exporter
      .getFinishedSpans()
      .map((span) => `${span.name}${span.attributes["service"] ? ` ${String(span.attributes["service"])}` : ""}`);
    // Stock's spans are there too (its executor shares the tracer); Silta's are counted by what only one gateway makes.
    expect(spans.filter((name) => name === "gateway.request")).toHaveLength(2);
    expect(spans.filter((name) => name === "gateway.plan")).toHaveLength(2);
    expect(spans.filter((name) => name.startsWith("gateway.fetch")).sort()).toEqual(
      ["gateway.fetch inventory", "gateway.fetch products", "gateway.fetch reviews"].flatMap((name) => [name, name]),
    );
  });
});
