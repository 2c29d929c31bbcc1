/**
 * The workload of The Guild's federation gateway benchmark (graphql-hive/graphql-gateways-benchmark,
 * built on Apollo's classic federation demo): accounts, inventory, products and reviews subgraphs
 * answering from memory with the benchmark's own data, and its nested users/topProducts query.
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

/*
 * The data below is reproduced from The Guild's benchmark subgraphs
 * (github.com/graphql-hive/graphql-gateways-benchmark, federation/subgraphs/{accounts,inventory,
 * products,reviews}/subgraph.rs, MIT licence, © 2023 The Guild), with their quirks kept, because
 * they decide the answer's size (about 60 kB): every review's author is user 1 ("urigo") with
 * reviews 1 and 2, every user resolved as an entity by reviews has reviews 1 and 2, and products
 * have up to four reviews with long bodies.
 */
const BODY = {
  lorem:
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.",
  sedUt:
    "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi",
  sedQuia:
    "sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.",
  utEnim:
    "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem",
  atVero:
    "At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.",
};
const users = [
  ["1", "Uri Goldshtein", "urigo"],
  ["2", "Dotan Simha", "dotansimha"],
  ["3", "Kamil Kisiela", "kamilkisiela"],
  ["4", "Arda Tanrikulu", "ardatan"],
  ["5", "Gil Gardosh", "gilgardosh"],
  ["6", "Laurin Quast", "laurin"],
].map(([id, name, username]) => ({ id: id!, name, username, birthday: 1234567890 }));
const products = [
  ["1", "Table", 899, 100],
  ["2", "Couch", 1299, 1000],
  ["3", "Glass", 15, 20],
  ["4", "Chair", 499, 100],
  ["5", "TV", 1299, 1000],
  ["6", "Lamp", 6999, 300],
  ["7", "Grill", 3999, 2000],
  ["8", "Fridge", 100000, 6000],
  ["9", "Sofa", 9999, 800],
].map(([upc, name, price, weight]) => ({
  upc: upc as string,
  name: name as string,
  price: price as number,
  weight: weight as number,
}));
const inStock = new Map(["1", "5", "6", "7", "9"].map((upc) => [upc, true]));
const reviews = (
  [
    ["1", "1", BODY.lorem],
    ["2", "1", BODY.sedUt],
    ["3", "1", BODY.sedQuia],
    ["4", "1", BODY.utEnim],
    ["5", "2", BODY.lorem],
    ["6", "2", BODY.sedUt],
    ["7", "2", BODY.sedQuia],
    ["8", "2", BODY.utEnim],
    ["9", "3", BODY.utEnim],
    ["10", "4", BODY.utEnim],
    ["11", "4", BODY.atVero],
  ] as const
).map(([id, upc, body]) => ({ id, body, product: { upc } }));
/** The Guild's reviews subgraph gives every user these two reviews. */
const reviewsOfAnyUser = reviews.slice(0, 2);

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
      __resolveReference: (reference: Reference) => ({ ...reference, inStock: inStock.has(String(reference["upc"])) }),
      shippingEstimate: (product: { price?: number; weight?: number }) => {
        if (product.price === undefined || product.price === null) return null;
        if (product.price > 1000) return 0;
        return product.weight === undefined || product.weight === null ? null : Math.trunc(product.weight / 2);
      },
    },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
    Product: { __resolveReference: (reference: Reference) => products.find((product) => product.upc === reference["upc"]) },
  },
  reviews: {
    Review: {
      __resolveReference: (reference: Reference) => reviews.find((review) => review.id === reference["id"]),
      author: () => ({ __typename: "User", id: "1", username: "urigo" }),
    },
    User: {
      __resolveReference: (reference: Reference) => ({ id: reference["id"], username: "user" }),
      reviews: () => reviewsOfAnyUser,
    },
    Product: {
      __resolveReference: (reference: Reference) => ({ upc: reference["upc"] }),
      reviews: (product: { upc: string }) => reviews.filter((review) => review.product.upc === product.upc),
    },
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
