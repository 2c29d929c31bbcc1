import { composeServices } from "@apollo/composition";
import { ApolloGateway, LocalGraphQLDataSource, type GraphQLDataSource } from "@apollo/gateway";
import type { FetchNode } from "@apollo/query-planner";
import { ApolloServer } from "@apollo/server";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse, validate } from "graphql";
import { benchmarkQuery, subgraphResolvers, subgraphSdl } from "../../bench/workload";
import { missingPaths } from "../subgraphs/subgraphPaths";
import { EntityBatches, MAX_BATCH_REPRESENTATIONS, mergeOperations, mergedOperationName, splitAnswer } from "./entityBatches";
import { usePlanExecutor } from "./planExecutor";

/**
 * Entity fetches sent together: the Guild benchmark's workload (sixteen fetches, several of them to
 * one subgraph side by side) answered by stock @apollo/gateway and by Silta's executor, in process,
 * with every subgraph request counted; and the merging and splitting on their own.
 */
const schemas = Object.fromEntries(
  Object.entries(subgraphSdl).map(([name, sdl]) => [
    name,
    buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: subgraphResolvers[name] as never }),
  ]),
);
const composition = composeServices(
  Object.entries(subgraphSdl).map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: `http://${name}.invalid/graphql` })),
);
if (!composition.supergraphSdl) throw new Error("the benchmark's subgraphs do not compose");

/** The subgraph requests each gateway made, with their operations. */
const requests: { gateway: string; subgraph: string; query: string }[] = [];
/** The fetch nodes Silta's executor was given, by subgraph (each plan node once). */
const fetchNodes = new Map<string, Set<FetchNode>>();

class CountedSource extends LocalGraphQLDataSource {
  constructor(
    readonly gatewayName: string,
    readonly subgraph: string,
  ) {
    super(schemas[subgraph]!);
  }
  override process(options: Parameters<GraphQLDataSource["process"]>[0]): Promise<GatewayGraphQLResponse> {
    requests.push({ gateway: this.gatewayName, subgraph: this.subgraph, query: options.request.query ?? "" });
    return super.process(options);
  }
}

function gateway(name: string): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: composition.supergraphSdl!,
    buildService: ({ name: subgraph }) => new CountedSource(name, subgraph),
  });
}

let stock: ApolloServer;
let silta: ApolloServer;

beforeAll(async () => {
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";
  stock = new ApolloServer({ gateway: gateway("stock") });
  silta = new ApolloServer({ gateway: usePlanExecutor(gateway("silta")) });
  await Promise.all([stock.start(), silta.start()]);
});

afterAll(async () => {
  await Promise.all([stock.stop(), silta.stop()]);
});

async function answer(server: ApolloServer, query: string): Promise<string> {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return JSON.stringify(response.body.singleResult);
}

describe("entity fetches to one subgraph started together", () => {
  it("go as one request each, and the answer is stock's, byte for byte", async () => {
    requests.length = 0;
    const expected = await answer(stock, benchmarkQuery);
    const actual = await answer(silta, benchmarkQuery);
    expect(actual).toBe(expected);
    expect(expected.length).toBeGreaterThan(80_000);
    const made = (gateway: string) => requests.filter((request) => request.gateway === gateway);
    // Stock sends each of the plan's sixteen fetches on its own.
    expect(made("stock")).toHaveLength(16);
    // Silta sends the products, inventory and accounts fetches of one plan step together.
    const merged = made("silta").filter((request) => request.query.includes("_b1_entities:"));
    expect(merged.length).toBeGreaterThan(0);

    expect(made("silta").length).toBeLessThanOrEqual(13);
  });

  it("never share a request with another caller's fetches", async () => {
    requests.length = 0;
    await answer(silta, benchmarkQuery);
    const alone = requests.length;
    requests.length = 0;
    // Two callers at once, in lockstep: one batch for both would be half the requests.
    const answers = await Promise.all([answer(silta, benchmarkQuery), answer(silta, benchmarkQuery)]);
    expect(answers[1]).toBe(answers[0]);
    expect(requests).toHaveLength(2 * alone);
  });

  it("answer the same again from the cached plan and its cached merged operations", async () => {
    requests.length = 0;
    const first = await answer(silta, benchmarkQuery);
    const second = await answer(silta, benchmarkQuery);
    expect(second).toBe(first);
    const queries = requests.map((request) => request.query);
    expect(queries.slice(queries.length / 2)).toEqual(queries.slice(0, queries.length / 2));
  });
});

/** Two entity fetches of the benchmark's plan to one subgraph, as the planner wrote them. */
function twoFetches(): { fetches: FetchNode[]; subgraph: string } {
  const operations = [
    `query Q__inventory__1($representations:[_Any!]!){_entities(representations:$representations){...on Product{__typename inStock}}}`,
    `query Q__inventory__2($representations:[_Any!]!,$withEstimate:Boolean!){_entities(representations:$representations){...P}} fragment P on Product{__typename upc shippingEstimate@include(if:$withEstimate)}`,
  ];
  const fetches = operations.map(
    (operation, index) =>
      ({
        kind: "Fetch",
        serviceName: "inventory",
        operation,
        operationName: `Q__inventory__${index + 1}`,
        operationKind: "query",
        requires: [{ kind: "InlineFragment", typeCondition: "Product", selections: [{ kind: "Field", name: "upc" }] }],
        variableUsages: index === 1 ? ["withEstimate"] : [],
      }) as unknown as FetchNode,
  );
  return { fetches, subgraph: "inventory" };
}

describe("the merged operation", () => {
  it("holds each fetch under its own alias, representations variable and fragment names, and is valid", () => {
    const { fetches, subgraph } = twoFetches();
    const merged = mergeOperations(fetches);
    expect(merged.name).toBe("Q__inventory__1_2");
    expect(merged.text).toContain("_b0_entities: _entities(representations: $_b0_representations)");
    expect(merged.text).toContain("_b1_entities: _entities(representations: $_b1_representations)");
    expect(merged.text).toContain("fragment _b1_P on Product");
    expect(merged.text).toContain("$withEstimate: Boolean!");
    expect(validate(schemas[subgraph]!, parse(merged.text))).toEqual([]);
    expect(fetches.every((fetch) => EntityBatches.batchable(fetch))).toBe(true);
  });

  it("is named after every fetch it holds, their common part once", () => {
    expect(mergedOperationName(["Q__fit__2", "Q__fit__3", "Q__fit__5"])).toBe("Q__fit__2_3_5");
    expect(mergedOperationName(["Q__fit__2", "Other__fit__3"])).toBe("Q__fit__2__Other__fit__3");
    expect(mergedOperationName(["Plain", "Other"])).toBe("Plain__Other");
    expect(mergedOperationName([undefined, "Q__fit__3"])).toBe("Q__fit__3");
    expect(mergedOperationName([undefined, undefined])).toBeUndefined();
  });

  it("places a failed call's missing data at each fetch's own paths", () => {
    const { fetches } = twoFetches();
    const merged = mergeOperations(fetches);
    const paths = missingPaths(merged.document, {
      _b0_representations: [{}, {}],
      _b1_representations: [{}],
      withEstimate: true,
    });
    expect(paths).toEqual([
      ["_b0_entities", 0, "inStock"],
      ["_b0_entities", 1, "inStock"],
      // A fetch whose fields sit in a named fragment has its entity's path, as it has on its own.
      ["_b1_entities", 0],
    ]);
  });

  it("gives each fetch of a failed call errors of its own, however many the first has", () => {
    const { fetches } = twoFetches();
    const merged = mergeOperations(fetches);
    const many = Array.from({ length: 150 }, () => ({}));
    const paths = missingPaths(merged.document, { _b0_representations: many, _b1_representations: [{}], withEstimate: true });
    expect(paths.filter((path) => path[0] === "_b0_entities")).toHaveLength(100);
    expect(paths.filter((path) => path[0] === "_b1_entities")).toEqual([["_b1_entities", 0]]);
  });

  it("is not made for a mutation's fetches or for a root fetch", () => {
    const [fetch] = twoFetches().fetches;
    expect(EntityBatches.batchable({ ...fetch!, operationKind: "mutation" } as unknown as FetchNode)).toBe(false);
    expect(EntityBatches.batchable({ ...fetch!, requires: undefined } as unknown as FetchNode)).toBe(false);
    const root = { ...fetch!, operation: "query R{topProducts{upc}}" } as unknown as FetchNode;
    expect(EntityBatches.batchable(root)).toBe(false);
  });
});

describe("a merged answer split back", () => {
  it("gives each fetch its entities and its errors at `_entities`, and errors of the whole request to every fetch", () => {
    const parts = splitAnswer(
      {
        data: { _b0_entities: [{ inStock: true }], _b1_entities: [null] },
        errors: [
          { message: "lost", path: ["_b1_entities", 0, "upc"] },
          { message: "slow", extensions: { code: "SOMETHING" } },
        ],
        extensions: { receipts: ["r"] },
      } as GatewayGraphQLResponse,
      2,
    );
    expect(parts).toEqual([
      {
        data: { _entities: [{ inStock: true }] },
        errors: [{ message: "slow", extensions: { code: "SOMETHING" } }],
        extensions: { receipts: ["r"] },
      },
      {
        data: { _entities: [null] },
        errors: [
          { message: "lost", path: ["_entities", 0, "upc"] },
          { message: "slow", extensions: { code: "SOMETHING" } },
        ],
      },
    ]);
  });

  it("never asks again a fetch of a call that failed (no data), and never leaves one without word of it", () => {
    const down = { message: "down", extensions: { code: "SUBGRAPH_UNAVAILABLE" } };
    const parts = splitAnswer({ errors: [{ ...down, path: ["_b0_entities", 0] }] } as GatewayGraphQLResponse, 2);
    // Not undefined (asked again, a second timeout after the first): each part holds the failure.
    expect(parts).toEqual([
      { data: undefined, errors: [{ ...down, path: ["_entities", 0] }] },
      { data: undefined, errors: [down] },
    ]);
  });

  it("asks again, alone, a fetch whose data was lost only with another's", async () => {
    const { fetches } = twoFetches();
    const sent: string[] = [];
    const batches = new EntityBatches(async (_service, call) => {
      sent.push(call.query);
      // The merged request: the first fetch's `_entities` failed whole and nulled the answer.
      if (call.query.includes("_b1_entities"))
        return { data: null, errors: [{ message: "bad representation", path: ["_b0_entities"] }] } as GatewayGraphQLResponse;
      return { data: { _entities: [{ upc: "1" }] } } as GatewayGraphQLResponse;
    });
    const service = {} as GraphQLDataSource;
    const [first, second] = await Promise.all([
      batches.send(service, fetches[0]!, { representations: [{ __typename: "Product", upc: "1" }] }),
      batches.send(service, fetches[1]!, { representations: [{ __typename: "Product", upc: "1" }], withEstimate: true }),
    ]);
    expect(first).toEqual({ data: null, errors: [{ message: "bad representation", path: ["_entities"] }] });
    expect(second).toEqual({ data: { _entities: [{ upc: "1" }] } });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(fetches[1]!.operation);
  });

  it("cuts a batch before it would carry more representations than the bound", async () => {
    const [fetch] = twoFetches().fetches;
    const sizes: number[] = [];
    const batches = new EntityBatches(async (_service, call) => {
      const lists = Object.values(call.variables).filter(Array.isArray);
      sizes.push(lists.reduce((sum, list) => sum + list.length, 0));
      const data = Object.fromEntries(
        Object.keys(call.variables).map((name) => [name.replace("representations", "entities"), []]),
      );
      return { data: call.query.includes("_b0_entities") ? data : { _entities: [] } } as GatewayGraphQLResponse;
    });
    const service = {} as GraphQLDataSource;
    const representations = (count: number) => Array.from({ length: count }, (_, upc) => ({ __typename: "Product", upc }));
    await Promise.all(
      [0.6, 0.5, 0.3, 1.2].map((share) =>
        batches.send(service, fetch!, { representations: representations(MAX_BATCH_REPRESENTATIONS * share) }),
      ),
    );
    // The second would take the first past the bound; the fourth carries more than it alone.
    expect(sizes).toEqual([0.6, 0.5 + 0.3, 1.2].map((share) => MAX_BATCH_REPRESENTATIONS * share));
  });

  it("gives every fetch of a failed request the failure", async () => {
    const { fetches } = twoFetches();
    const batches = new EntityBatches(() => Promise.reject(new Error("socket closed")));
    const service = {} as GraphQLDataSource;
    const results = await Promise.allSettled(fetches.map((fetch) => batches.send(service, fetch, { representations: [] })));
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
  });
});
