import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { composeServices } from "@apollo/composition";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { VIEWER_HEADER, createLogger, forbidden, signViewer, verifyViewer, viewerKey, type Viewer } from "@silta/kernel";
import { REQUEST_ID_HEADER, createHttpService, type HttpService } from "@silta/kernel/http";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway } from "../src";

/** A subgraph in this test: it records the headers the gateway sent and trusts only a valid viewer. */
interface TestSubgraph {
  name: string;
  url: string;
  received: { viewer?: string; requestId?: string }[];
  stop(): Promise<void>;
}

const key = viewerKey("gateway-integration-test-secret-0123456789");
const peopleSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { me: Person! broken: String secret: String }
  type Person @key(fields: "id") { id: ID! name: String! }
`;
const teamsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { teamCount: Int! }
  type Person @key(fields: "id") { id: ID! team: Team }
  type Team { name: String! }
`;
const professionalClaims = { sub: "p-42", silta_kind: "professional", silta_org: "org-1", roles: ["social_worker"] } as const;

async function startSubgraph(name: string, sdl: string, resolvers: Record<string, unknown>): Promise<TestSubgraph> {
  const received: TestSubgraph["received"] = [];
  const apollo = new ApolloServer<{ viewer: Viewer }>({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const http: HttpService = createHttpService({
    apollo,
    log: createLogger({ service: name, level: "silent" }),
    readiness: [],
    context: async (request) => {
      const viewer = request.headers[VIEWER_HEADER] as string | undefined;
      received.push({ viewer, requestId: request.headers[REQUEST_ID_HEADER] as string | undefined });
      return { viewer: await verifyViewer(viewer, key, name) };
    },
  });
  const url = await http.listen(0);
  return {
    name,
    url,
    received,
    async stop() {
      await http.close();
      await apollo.stop();
    },
  };
}

/** A URL on which nothing listens. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer["body"] };
}

describe("the gateway in front of two subgraphs", () => {
  let people: TestSubgraph;
  let teams: TestSubgraph;
  let supergraphSdl: string;
  let issuer: DevTokenIssuer;
  let gateway: Gateway;
  let gatewayUrl: string;
  let token: string;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    people = await startSubgraph("people", peopleSdl, {
      Query: {
        me: (_: unknown, __: unknown, { viewer }: { viewer: Viewer }) => ({ id: viewer.id, name: "Aino" }),
        secret: () => {
          throw forbidden("Only the data protection officer may read this.", { rule: "role_required" });
        },
        broken: () => {
          throw new Error(
            'connect ECONNREFUSED postgres://silta:hunter2@db.internal:5432/people while running SELECT * FROM "person" WHERE id = $1',
          );
        },
      },
    });
    teams = await startSubgraph("teams", teamsSdl, {
      Query: { teamCount: () => 1 },
      Person: {
        __resolveReference: (reference: { id: string }) => reference,
        team: (person: { id: string }) => ({ name: `Team of ${person.id}` }),
      },
    });
    // Composed with URLs nobody listens on: the gateway must take the configured ones instead.
    const composition = composeServices([
      { name: "people", typeDefs: parse(peopleSdl), url: "http://people.invalid/graphql" },
      { name: "teams", typeDefs: parse(teamsSdl), url: "http://teams.invalid/graphql" },
    ]);
    if (!composition.supergraphSdl) throw new Error(`composition failed: ${composition.errors?.map(String).join("; ")}`);
    supergraphSdl = composition.supergraphSdl;
    issuer = await createDevTokenIssuer();
    token = await issuer.issue({ ...professionalClaims });
    gateway = createGateway({
      supergraphSdl,
      subgraphUrls: { people: people.url, teams: teams.url },
      verifier: issuer.verifier,
      viewerKey: key,
      log: createLogger({
        service: "gateway",
        level: "info",
        destination: { write: (line: string) => void logLines.push(JSON.parse(line)) },
      }),
    });
    gatewayUrl = await gateway.start(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([people?.stop(), teams?.stop()]);
  });

  it("answers a query joining both subgraphs for a caller with a development token", async () => {
    const { status, body } = await post(gatewayUrl, "{ me { id name team { name } } }", { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: { id: "p-42", name: "Aino", team: { name: "Team of p-42" } } } });
  });

  it("sends each subgraph the viewer signed for that subgraph alone, and the request id", async () => {
    people.received.length = 0;
    teams.received.length = 0;
    const requestId = "gateway-test-request-0001";
    const { headers } = await post(gatewayUrl, "{ me { team { name } } }", {
      authorization: `Bearer ${token}`,
      "x-silta-purpose": "case planning",
      [REQUEST_ID_HEADER]: requestId,
    });
    expect(headers.get(REQUEST_ID_HEADER)).toBe(requestId);
    const expected: Viewer = {
      id: "p-42",
      kind: "professional",
      organizationId: "org-1",
      roles: ["social_worker"],
      scopes: [],
      purpose: "case planning",
    };
    for (const subgraph of [people, teams]) {
      expect(subgraph.received).toHaveLength(1);
      const [{ viewer, requestId: forwarded }] = subgraph.received as [TestSubgraph["received"][number]];
      expect(forwarded).toBe(requestId);
      await expect(verifyViewer(viewer, key, subgraph.name)).resolves.toEqual(expected);
    }
    const other = { people: "teams", teams: "people" } as const;
    await expect(verifyViewer(people.received[0]!.viewer, key, other.people)).rejects.toMatchObject({
      extensions: { reason: "viewer_invalid" },
    });
  });

  it("never forwards a viewer header sent by the caller", async () => {
    people.received.length = 0;
    const forged = await signViewer({ id: "admin", kind: "system", roles: ["admin"], scopes: [] }, key, "people");
    await post(gatewayUrl, "{ me { id } }", { authorization: `Bearer ${token}`, [VIEWER_HEADER]: forged });
    expect(people.received[0]?.viewer).not.toBe(forged);
    await expect(verifyViewer(people.received[0]?.viewer, key, "people")).resolves.toMatchObject({ id: "p-42" });
  });

  it("refuses a request without a token with 401 UNAUTHENTICATED, before any subgraph is called", async () => {
    people.received.length = 0;
    const { status, headers, body } = await post(gatewayUrl, "{ me { id } }");
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe('Bearer realm="silta"');
    expect(body.errors).toEqual([
      {
        message: expect.stringContaining("bearer token"),
        extensions: { code: "UNAUTHENTICATED", reason: "token_missing", requestId: headers.get(REQUEST_ID_HEADER) },
      },
    ]);
    expect(people.received).toHaveLength(0);
  });

  it("refuses a token from another issuer with 401 token_invalid", async () => {
    const stranger = await (await createDevTokenIssuer()).issue({ ...professionalClaims });
    const { status, body } = await post(gatewayUrl, "{ me { id } }", { authorization: `Bearer ${stranger}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "token_invalid" });
  });

  it("shows a subgraph's internal error only as INTERNAL_SERVER_ERROR with the request id, and logs the detail", async () => {
    const { status, headers, body } = await post(gatewayUrl, "{ broken }", { authorization: `Bearer ${token}` });
    const requestId = headers.get(REQUEST_ID_HEADER);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { broken: null },
      errors: [
        {
          message: expect.stringContaining("request id"),
          path: ["broken"],
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/postgres|hunter2|db\.internal|SELECT|person|stacktrace|people/i);
    const logged = logLines.find((line) => line["requestId"] === requestId && line["level"] === "error");
    expect(JSON.stringify(logged)).toMatch(/db\.internal.*SELECT/);
  });

  it("passes a subgraph's own Silta error to the caller as it is, without naming the subgraph", async () => {
    const { body, headers } = await post(gatewayUrl, "{ secret }", { authorization: `Bearer ${token}` });
    expect(body.errors).toEqual([
      {
        message: "Only the data protection officer may read this.",
        path: ["secret"],
        extensions: { code: "FORBIDDEN", rule: "role_required", requestId: headers.get(REQUEST_ID_HEADER) },
      },
    ]);
  });

  it("is ready when the supergraph is loaded and every subgraph is live", async () => {
    const response = await fetch(new URL("/health/ready", gatewayUrl));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { supergraph: "ok", "subgraph people": "ok", "subgraph teams": "ok" },
    });
  });

  describe("with a subgraph down", () => {
    let degraded: Gateway;
    let degradedUrl: string;

    beforeAll(async () => {
      degraded = createGateway({
        supergraphSdl,
        subgraphUrls: { people: people.url, teams: await deadUrl() },
        verifier: issuer.verifier,
        viewerKey: key,
        log: createLogger({ service: "gateway", level: "silent" }),
        introspection: false,
      });
      degradedUrl = await degraded.start(0);
    });

    afterAll(async () => {
      await degraded?.stop();
    });

    it("stays ready (partial results work) and reports itself degraded, naming the subgraph that fails", async () => {
      const response = await fetch(new URL("/health/ready", degradedUrl));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: "degraded",
        checks: { supergraph: "ok", "subgraph people": "ok", "subgraph teams": "failing" },
      });
    });

    it("tells operators why in /health/detail, with the circuit breakers' states", async () => {
      const response = await fetch(new URL("/health/detail", degradedUrl));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: "degraded",
        checks: { supergraph: "ok", "subgraph people": "ok", "subgraph teams": "failing" },
        reasons: { "subgraph teams": expect.any(String) },
        redis: { state: "absent", since: expect.any(String) },
        circuitBreakers: expect.objectContaining({ people: "closed", teams: "closed" }),
      });
    });

    it("answers with the other subgraph's data and SUBGRAPH_UNAVAILABLE at the missing path, naming no URL", async () => {
      const { status, body, headers } = await post(degradedUrl, "{ me { id team { name } } }", {
        authorization: `Bearer ${token}`,
      });
      expect(status).toBe(200);
      expect(body).toEqual({
        data: { me: { id: "p-42", team: null } },
        errors: [
          {
            message: expect.stringContaining("unavailable"),
            path: ["me", "team"],
            extensions: { code: "SUBGRAPH_UNAVAILABLE", reason: "unreachable", requestId: headers.get(REQUEST_ID_HEADER) },
          },
        ],
      });
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|teams|stack/);
    });

    it("refuses introspection when it is turned off", async () => {
      const { body } = await post(degradedUrl, "{ __schema { types { name } } }", { authorization: `Bearer ${token}` });
      expect(body.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });

  it("refuses to start with a URL for a subgraph the supergraph does not have", () => {
    expect(() =>
      createGateway({
        supergraphSdl,
        subgraphUrls: { peopel: people.url },
        verifier: issuer.verifier,
        viewerKey: key,
        log: createLogger({ service: "gateway", level: "silent" }),
      }),
    ).toThrow(/peopel.*supergraph does not have/);
  });
});
