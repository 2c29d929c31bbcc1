import { ApolloServer } from "@apollo/server";
import { createHttpService, createLogger, type HttpService } from "../src";

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
