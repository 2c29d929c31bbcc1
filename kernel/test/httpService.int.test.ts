import { ApolloServer } from "@apollo/server";
import { Agent, request } from "node:http";
import { createLogger } from "../src";
import { createHttpService, type HttpService } from "../src/http";

describe("the HTTP front of every service", () => {
  let healthy = true;
  let service: HttpService;
  let base: string;

  beforeAll(async () => {
    const apollo = new ApolloServer<{ requestId: string }>({
      typeDefs: "type Query { requestId: String! }",
      resolvers: {
        Query: { requestId: (_parent: unknown, _args: unknown, context: { requestId: string }) => context.requestId },
      },
    });
    await apollo.start();
    service = createHttpService({
      apollo,
      log: createLogger({ service: "test", level: "silent" }),
      readiness: [
        {
          name: "database",
          check: async () => {
            if (!healthy) throw new Error("down");
          },
        },
      ],
      context: async (_request, requestId) => ({ requestId }),
      maxBodyBytes: 2_000,
    });
    base = (await service.listen(0)).replace("/graphql", "");
    // Stop Apollo with the server, after the tests.
    afterAllStop = () => apollo.stop();
  });
  let afterAllStop: () => Promise<void> = async () => undefined;
  afterAll(async () => {
    await service.close();
    await afterAllStop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("passes the caller's request id through to resolvers and back in the response", async () => {
    const response = await post(JSON.stringify({ query: "{ requestId }" }), { "x-request-id": "req-12345678" });
    expect(response.headers.get("x-request-id")).toBe("req-12345678");
    expect(await response.json()).toEqual({ data: { requestId: "req-12345678" } });
  });

  it("mints a request id when the caller's is missing or not a plain token", async () => {
    const response = await post(JSON.stringify({ query: "{ requestId }" }), { "x-request-id": "<script>" });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is live while running, and ready only while every check passes", async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    healthy = true;
    expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: "ready", checks: { database: "ok" } });
    healthy = false;
    const notReady = await fetch(`${base}/health/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: "not ready", checks: { database: "failing" } });
    healthy = true;
  });

  it("refuses a body over the size limit and a body that is not JSON", async () => {
    expect((await post(JSON.stringify({ query: `{ requestId } #${"x".repeat(3_000)}` }))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
  });
});

describe("the HTTP front shutting down", () => {
  const start = async (drainMs: number) => {
    const apollo = new ApolloServer({
      typeDefs: "type Query { slow(ms: Int!): String! }",
      resolvers: {
        Query: {
          slow: async (_parent: unknown, { ms }: { ms: number }) =>
            new Promise((resolve) => setTimeout(() => resolve("done"), ms)),
        },
      },
    });
    await apollo.start();
    const service = createHttpService({
      apollo,
      log: createLogger({ service: "test", level: "silent" }),
      readiness: [],
      context: async () => ({}),
      drainMs,
    });
    const url = await service.listen(0);
    return { service, url, stopApollo: () => apollo.stop() };
  };
  /** One POST on a keep-alive agent, as the gateway's connection pool sends it. */
  const slowRequest = (url: string, agent: Agent, ms: number) =>
    new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const outgoing = request(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (answer) => {
        let body = "";
        answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, connection: answer.headers.connection, body }));
      });
      outgoing.on("error", reject);
      outgoing.end(JSON.stringify({ query: `{ slow(ms: ${ms}) }` }));
    });

  it("lets a request in flight finish, closes its kept-alive connection after the answer, and refuses new connections", async () => {
    const { service, url, stopApollo } = await start(10_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await slowRequest(url, agent, 1); // a kept-alive connection, now idle
    const inFlight = slowRequest(url, agent, 600);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = service.close();
    const answer = await inFlight;
    expect(answer).toEqual({ status: 200, connection: "close", body: JSON.stringify({ data: { slow: "done" } }) + "\n" });
    await closing;
    await expect(fetch(url.replace("/graphql", "/health/ready"))).rejects.toThrow();
    agent.destroy();
    await stopApollo();
  });

  it("cuts a connection still busy after the drain time, so shutdown never waits on a caller", async () => {
    const { service, url, stopApollo } = await start(300);
    const agent = new Agent({ keepAlive: true });
    const stuck = slowRequest(url, agent, 5_000).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const startedAt = Date.now();
    await service.close();
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(String(await stuck)).toMatch(/socket hang up|ECONNRESET/);
    agent.destroy();
    await stopApollo();
  });
});
