import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { composeServices } from "@apollo/composition";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { VIEWER_HEADER, createLogger, verifyViewer, viewerKey, type Logger, type Viewer } from "@silta/kernel";
import { createHttpService } from "@silta/kernel/http";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway, type GatewayOptions } from "../../src";

/** Test helpers of the gateway's integration tests: real subgraph servers on port 0, a composed supergraph, HTTP calls. */

export const key = viewerKey("gateway-production-test-secret-0123456789");
export const silent: Logger = createLogger({ service: "gateway-test", level: "silent" });

export const peopleSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { me: Person! people(first: Int): [Person!]! a: Int b: Int c: Int slow(ms: Int!): Int }
  type Mutation { rename(name: String!): Person! }
  type Person @key(fields: "id") { id: ID! name: String! friends(first: Int): [Person!]! }
`;
export const teamsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { teamCount: Int! }
  type Person @key(fields: "id") { id: ID! team: Team }
  type Team { name: String! }
`;

const person = (id: string) => ({ id, name: `Person ${id}` });
export const peopleResolvers = {
  Query: {
    me: (_: unknown, __: unknown, { viewer }: { viewer: Viewer }) => person(viewer.id),
    people: (_: unknown, { first }: { first?: number }) => Array.from({ length: first ?? 3 }, (_, index) => person(`p${index}`)),
    a: () => 1,
    b: () => 2,
    c: () => 3,
    slow: async (_: unknown, { ms }: { ms: number }) => {
      await new Promise((resolve) => setTimeout(resolve, ms).unref());
      return ms;
    },
  },
  Mutation: { rename: (_: unknown, { name }: { name: string }) => ({ id: "p-42", name }) },
  Person: {
    __resolveReference: (reference: { id: string }) => person(reference.id),
    friends: (_: unknown, { first }: { first?: number }) => Array.from({ length: first ?? 2 }, (_, index) => person(`f${index}`)),
  },
};
export const teamsResolvers = {
  Query: { teamCount: () => 1 },
  Person: {
    __resolveReference: (reference: { id: string }) => reference,
    team: (entity: { id: string }) => ({ name: `Team of ${entity.id}` }),
  },
};

export interface TestSubgraph {
  name: string;
  url: string;
  /** Requests it received. */
  calls: number;
  stop(): Promise<void>;
}

/** A subgraph that trusts only the viewer signed for it, as Silta's do. `port` 0 picks a free one. */
export async function startSubgraph(
  name: string,
  sdl: string,
  resolvers: Record<string, unknown>,
  port = 0,
): Promise<TestSubgraph> {
  const apollo = new ApolloServer<{ viewer: Viewer }>({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const subgraph: TestSubgraph = {
    name,
    url: "",
    calls: 0,
    async stop() {
      await http.close();
      await apollo.stop();
    },
  };
  const http = createHttpService({
    apollo,
    log: silent,
    readiness: [],
    context: async (request) => {
      subgraph.calls += 1;
      return { viewer: await verifyViewer(request.headers[VIEWER_HEADER] as string | undefined, key, name) };
    },
  });
  subgraph.url = await http.listen(port);
  return subgraph;
}

export function composeSupergraph(subgraphs: { name: string; sdl: string }[]): string {
  const composition = composeServices(
    subgraphs.map(({ name, sdl }) => ({ name, typeDefs: parse(sdl), url: `http://${name}.invalid/graphql` })),
  );
  if (!composition.supergraphSdl) throw new Error(`composition failed: ${composition.errors?.map(String).join("; ")}`);
  return composition.supergraphSdl;
}

/** A URL on which nothing listens. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

export function portOf(url: string): number {
  return Number(new URL(url).port);
}

export interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

export async function post(
  url: string,
  body: Record<string, unknown> | string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? JSON.stringify({ query: body }) : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer["body"]) : {} };
}

export const professional = (sub = "p-42") =>
  ({ sub, silta_kind: "professional", silta_org: "org-1", roles: ["social_worker"] }) as const;

/** Two subgraphs, a token issuer and a way to start gateways in front of them with any options. */
export interface World {
  people: TestSubgraph;
  teams: TestSubgraph;
  supergraphSdl: string;
  issuer: DevTokenIssuer;
  token: string;
  bearer: Record<string, string>;
  gateway(options?: Partial<GatewayOptions>): Promise<{ gateway: Gateway; url: string }>;
  stop(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const people = await startSubgraph("people", peopleSdl, peopleResolvers);
  const teams = await startSubgraph("teams", teamsSdl, teamsResolvers);
  const supergraphSdl = composeSupergraph([
    { name: "people", sdl: peopleSdl },
    { name: "teams", sdl: teamsSdl },
  ]);
  const issuer = await createDevTokenIssuer();
  const token = await issuer.issue(professional());
  const gateways: Gateway[] = [];
  return {
    people,
    teams,
    supergraphSdl,
    issuer,
    token,
    bearer: { authorization: `Bearer ${token}` },
    async gateway(options = {}) {
      const gateway = createGateway({
        supergraphSdl,
        subgraphUrls: { people: people.url, teams: teams.url },
        verifier: issuer.verifier,
        viewerKey: key,
        log: silent,
        metrics: false,
        ...options,
      });
      gateways.push(gateway);
      return { gateway, url: await gateway.start(0) };
    },
    async stop() {
      await Promise.all(gateways.map((gateway) => gateway.stop()));
      await Promise.all([people.stop(), teams.stop()]);
    },
  };
}

/** A Redis key prefix no other test uses. */
export function namespace(): string {
  return `test:gateway:${randomUUID()}`;
}
