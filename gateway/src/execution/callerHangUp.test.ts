import { composeServices } from "@apollo/composition";
import { ApolloGateway, LocalGraphQLDataSource, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { GraphQLError, parse } from "graphql";
import { usePlanExecutor } from "./planExecutor";

/**
 * A caller who hangs up mid-plan (the HTTP front aborts the context's `callerGone`) gets no further
 * subgraph call made for it, and no answer shaped: the plan stops where it is.
 */
const subgraphs = [
  {
    name: "products",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Product @key(fields: "upc") { upc: String! name: String }
      type Query { topProducts: [Product!]! }
    `),
    resolvers: {
      Query: {
        topProducts: () => [
          { upc: "p1", name: "Table" },
          { upc: "p2", name: "Couch" },
        ],
      },
      Product: { __resolveReference: ({ upc }: { upc: string }) => ({ upc, name: upc === "p1" ? "Table" : "Couch" }) },
    },
  },
  {
    name: "reviews",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Product @key(fields: "upc") { upc: String! reviews: [Review!]! }
      type Review @key(fields: "id") { id: ID! body: String author: User }
      type User @key(fields: "id", resolvable: false) { id: ID! }
    `),
    resolvers: {
      Product: {
        __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
        reviews: ({ upc }: { upc: string }) => [{ id: `r-${upc}`, body: "Good", author: { id: `u-${upc}` } }],
      },
    },
  },
  {
    name: "accounts",
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type User @key(fields: "id") { id: ID! name: String }
    `),
    resolvers: {
      User: {
        __resolveReference: ({ id }: { id: string }) => {
          throw new GraphQLError(`User ${id} is gone`, { extensions: { code: "NOT_FOUND" } });
        },
      },
    },
  },
];
const composition = composeServices(subgraphs.map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://${name}` })));
if (!composition.supergraphSdl) throw new Error(composition.errors?.map(String).join("\n"));

/** The subgraphs called, in order; `onCall` runs as each call is made, before it is answered. */
let calls: string[] = [];
let onCall: (name: string) => void = () => {};

function counted(name: string, local: GraphQLDataSource): GraphQLDataSource {
  return {
    process: (options) => {
      calls.push(name);
      onCall(name);
      return local.process(options);
    },
  };
}

const query = `{ topProducts { upc name reviews { body author { name } } } }`;
let server: ApolloServer;

beforeAll(async () => {
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";
  const gateway = new ApolloGateway({
    supergraphSdl: composition.supergraphSdl,
    buildService: ({ name }) => {
      const subgraph = subgraphs.find((candidate) => candidate.name === name)!;
      const schema = buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers as never });
      return counted(name, new LocalGraphQLDataSource(schema));
    },
  });
  server = new ApolloServer({ gateway: usePlanExecutor(gateway), includeStacktraceInErrorResponses: false });
  await server.start();
});

afterAll(() => server.stop());

beforeEach(() => {
  calls = [];
  onCall = () => {};
});

async function answerFor(callerGone: AbortSignal): Promise<{ data?: unknown; errors?: { message: string; path?: unknown }[] }> {
  const response = await server.executeOperation({ query }, { contextValue: { callerGone } as never });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as { data?: unknown; errors?: { message: string; path?: unknown }[] };
}

describe("a plan whose caller hangs up", () => {
  it("runs every fetch while the caller waits", async () => {
    const answer = await answerFor(new AbortController().signal);
    expect(calls).toEqual(["products", "reviews", "accounts"]);
    expect(answer.errors?.[0]).toMatchObject({ message: "User u-p1 is gone", path: expect.any(Array) });
    expect(answer.data).toMatchObject({ topProducts: [{ upc: "p1", name: "Table" }, { upc: "p2" }] });
  });

  it("makes no subgraph call after the caller hung up", async () => {
    const caller = new AbortController();
    onCall = (name) => {
      if (name === "products") caller.abort();
    };
    const answer = await answerFor(caller.signal);
    expect(calls).toEqual(["products"]);
    expect(answer).toEqual({
      errors: [
        {
          message: "The caller hung up before the answer.",
          extensions: { code: "SUBGRAPH_UNAVAILABLE", reason: "abandoned" },
        },
      ],
    });
  });

  it("reports none of the errors of a call answered after the caller hung up, only that it did", async () => {
    const caller = new AbortController();
    // The accounts subgraph fails on every user, so its answer carries an error per entity.
    onCall = (name) => {
      if (name === "accounts") caller.abort();
    };
    const answer = await answerFor(caller.signal);
    expect(calls).toEqual(["products", "reviews", "accounts"]);
    expect(answer.errors).toEqual([expect.objectContaining({ message: "The caller hung up before the answer." })]);
    expect(answer.data).toBeUndefined();
  });

  it("answers as before when no hang-up signal is given", async () => {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    expect(calls).toEqual(["products", "reviews", "accounts"]);
    expect(response.body.singleResult.data).toMatchObject({ topProducts: [{ upc: "p1", name: "Table" }, { upc: "p2" }] });
  });
});
