/**
 * The workload of The Guild's federation gateway benchmark (graphql-hive/graphql-gateways-benchmark,
 * itself Apollo's classic federation demo): accounts, inventory, products and reviews subgraphs
 * answering from memory, and its nested users/topProducts query.
 */

const federation = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])`;

export const subgraphSdl: Record<string, string> = {
  accounts: `${federation}
    type Query { me: User user(id: ID!): User users: [User] }
    type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }`,
  inventory: `${federation}
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }`,
  products: `${federation}
    type Query { topProducts(first: Int = 5): [Product] }
    type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
  reviews: `${federation}
    type Review @key(fields: "id") { id: ID! body: String author: User @provides(fields: "username") product: Product }
    type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
    type Product @key(fields: "upc") { upc: String! reviews: [Review] }`,
};

const users = [
  { id: "1", name: "Ada Lovelace", birthday: 1815, username: "@ada" },
  { id: "2", name: "Alan Turing", birthday: 1912, username: "@complete" },
];
const products = [
  { upc: "1", name: "Table", price: 899, weight: 100 },
  { upc: "2", name: "Couch", price: 1299, weight: 1000 },
  { upc: "3", name: "Chair", price: 54, weight: 50 },
];
const inventory = [
  { upc: "1", inStock: true },
  { upc: "2", inStock: false },
  { upc: "3", inStock: true },
];
const reviews = [
  { id: "1", authorID: "1", product: { upc: "1" }, body: "Love it!" },
  { id: "2", authorID: "1", product: { upc: "2" }, body: "Too expensive." },
  { id: "3", authorID: "2", product: { upc: "3" }, body: "Could be better." },
  { id: "4", authorID: "2", product: { upc: "1" }, body: "Prefer something else." },
];
const usernames = new Map(users.map((user) => [user.id, user.username]));

type Reference = Record<string, string | number>;

export const subgraphResolvers: Record<string, Record<string, unknown>> = {
  accounts: {
    Query: {
      me: () => users[0],
      user: (_: unknown, { id }: { id: string }) => users.find((user) => user.id === id),
      users: () => users,
    },
    User: { __resolveReference: (reference: Reference) => users.find((user) => user.id === reference["id"]) },
  },
  inventory: {
    Product: {
      __resolveReference: (reference: Reference) => ({
        ...reference,
        ...inventory.find((item) => item.upc === reference["upc"]),
      }),
      shippingEstimate: (product: { price: number; weight: number }) =>
        product.price > 1000 ? 0 : Math.round(product.weight * 0.5),
    },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
    Product: { __resolveReference: (reference: Reference) => products.find((product) => product.upc === reference["upc"]) },
  },
  reviews: {
    Review: {
      __resolveReference: (reference: Reference) => reviews.find((review) => review.id === reference["id"]),
      author: (review: { authorID: string }) => ({
        __typename: "User",
        id: review.authorID,
        username: usernames.get(review.authorID),
      }),
    },
    User: { reviews: (user: { id: string }) => reviews.filter((review) => review.authorID === user.id) },
    Product: { reviews: (product: { upc: string }) => reviews.filter((review) => review.product.upc === product.upc) },
  },
};

/** The benchmark's query, as the Guild's k6 script sends it. */
export const benchmarkQuery = `
fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users {
    ...User
    reviews {
      ...Review
      product {
        ...Product
        reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } }
      }
    }
  }
  topProducts {
    ...Product
    reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } }
  }
}`;

/** A typical small Silta-style read answered by one subgraph, for the added-latency measurement. */
export const singleSubgraphQuery = `query TopProducts { topProducts(first: 3) { upc name price weight } }`;
