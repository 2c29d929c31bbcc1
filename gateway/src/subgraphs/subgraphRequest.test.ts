import http from "node:http";
import type { AddressInfo } from "node:net";
import { Agent } from "undici";
import { DEADLINE_HEADER } from "@silta/kernel/http";
import { subgraphRequest, type SubgraphTarget } from "./subgraphRequest";

/** A stand-in subgraph on a free local port that answers as the test says. */
let answer: (request: http.IncomingMessage, response: http.ServerResponse) => void;
const server = http.createServer((request, response) => answer(request, response));
const dispatcher = new Agent();
let target: SubgraphTarget;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  target = { name: "clients", url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, dispatcher };
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await dispatcher.close();
});

const send = (remainingMs = 10_000, callerGone?: AbortSignal) =>
  subgraphRequest(target, { "content-type": "application/json" }, "{}", remainingMs, 2_000, callerGone);

describe("subgraphRequest", () => {
  it("tells the subgraph how long the gateway will wait, less a margin to answer in", async () => {
    let deadline: string | undefined;
    answer = (request, response) => {
      deadline = request.headers[DEADLINE_HEADER] as string;
      response.setHeader("cache-control", "max-age=5, public");
      response.end(JSON.stringify({ data: { ok: true } }));
    };
    await expect(send(10_000)).resolves.toEqual({ body: { data: { ok: true } }, cacheControl: "max-age=5, public" });
    expect(Number(deadline)).toBeGreaterThan(0);
    // Less than the time left by a margin, so the subgraph answers before the gateway gives up.
    expect(Number(deadline)).toBeLessThan(10_000);
    expect(Number(deadline)).toBeGreaterThanOrEqual(9_000);
  });

  it("posts to the target's path and query string, as undici's request(url) would", async () => {
    let requested: { method?: string; url?: string; host?: string } = {};
    answer = (request, response) => {
      requested = { method: request.method, url: request.url, host: request.headers.host };
      response.end(JSON.stringify({ data: { ok: true } }));
    };
    const origin = new URL(target.url).origin;
    await subgraphRequest(
      { ...target, url: `${origin}/subgraphs/teams/graphql?tenant=a%20b` },
      {},
      "{}",
      2_000,
      2_000,
      undefined,
    );
    expect(requested).toEqual({ method: "POST", url: "/subgraphs/teams/graphql?tenant=a%20b", host: new URL(target.url).host });
    await send();
    expect(requested.url).toBe("/graphql");
  });

  it("gives up at the time left, as a timeout not to retry", async () => {
    answer = () => undefined; // never answers
    await expect(send(50)).rejects.toMatchObject({ reason: "timeout", retryable: false, message: "no answer within 2000 ms" });
  });

  it("gives up on a call still queued for a connection only as it leaves the queue, and never sends it", async () => {
    let received = 0;
    answer = () => {
      received += 1; // never answers
    };
    const oneConnection = new Agent({ connections: 1 });
    const narrow = { ...target, dispatcher: oneConnection };
    const settled: string[] = [];
    const track = (name: string, call: Promise<unknown>) =>
      call.then(
        () => settled.push(`${name} answered`),
        (error: unknown) => {
          settled.push(name);
          return error;
        },
      );
    const [first, queued] = await Promise.all([
      track("first", subgraphRequest(narrow, {}, "{}", 300, 2_000, undefined)),
      track("queued", subgraphRequest(narrow, {}, "{}", 20, 2_000, undefined)),
    ]);
    expect(queued).toMatchObject({ reason: "timeout", retryable: false, message: "no answer within 2000 ms" });
    expect(first).toMatchObject({ reason: "timeout" });
    // As with undici's request() and an abort signal: the queued call waited for the connection the first one held.
    expect(settled).toEqual(["first", "queued"]);
    expect(received).toBe(1);
    await oneConnection.close();
  });

  it("reads the whole answer across chunks, without a byte order mark, and the first Cache-Control", async () => {
    const big = "x".repeat(200_000);
    answer = (_request, response) => {
      response.setHeader("Cache-Control", ["max-age=5, public", "no-store"]);
      response.write("\ufeff");
      response.write(`{"data":{"big":"${big.slice(0, 100_000)}`);
      setTimeout(() => response.end(`${big.slice(100_000)}","word":"höhö ✓"}}`), 5);
    };
    await expect(send()).resolves.toEqual({ body: { data: { big, word: "höhö ✓" } }, cacheControl: "max-age=5, public" });
  });

  it("marks a 502/503/504 retryable and any other error status final", async () => {
    answer = (_request, response) => {
      response.statusCode = 503;
      response.end(JSON.stringify({ errors: [{ message: "m", extensions: { code: "DOWN" } }] }));
    };
    await expect(send()).rejects.toMatchObject({
      reason: "http",
      status: 503,
      retryable: true,
      message: "Subgraph clients answered HTTP 503 (DOWN)",
    });
    answer = (_request, response) => {
      response.statusCode = 500;
      response.end("oops");
    };
    await expect(send()).rejects.toMatchObject({ reason: "http", status: 500, retryable: false });
  });

  it("keeps a 400's BAD_USER_INPUT for the caller", async () => {
    answer = (_request, response) => {
      response.statusCode = 400;
      response.end(
        JSON.stringify({ errors: [{ message: "Bad day.", extensions: { code: "BAD_USER_INPUT", field: "day", rule: "date" } }] }),
      );
    };
    await expect(send()).rejects.toMatchObject({
      status: 400,
      refusedInput: { message: "Bad day.", field: "day", rule: "date" },
    });
  });

  it("refuses a 2xx body that is not a JSON object", async () => {
    answer = (_request, response) => response.end("42");
    await expect(send()).rejects.toMatchObject({ reason: "http", retryable: false });
  });

  it("stops when the caller hangs up, as abandoned", async () => {
    answer = () => undefined;
    const callerGone = new AbortController();
    const call = send(2_000, callerGone.signal);
    callerGone.abort();
    await expect(call).rejects.toMatchObject({ reason: "abandoned" });
    await expect(send(2_000, callerGone.signal)).rejects.toMatchObject({ reason: "abandoned" });
  });

  it("stops every call of a caller that hangs up, and leaves other callers' calls alone", async () => {
    const pending: http.ServerResponse[] = [];
    answer = (_request, response) => {
      pending.push(response);
    };
    const callerGone = new AbortController();
    const calls = [send(2_000, callerGone.signal), send(2_000, callerGone.signal)];
    const other = send(2_000, new AbortController().signal);
    while (pending.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    callerGone.abort();
    for (const call of calls) await expect(call).rejects.toMatchObject({ reason: "abandoned", retryable: false });
    for (const response of pending) if (!response.destroyed) response.end(JSON.stringify({ data: { ok: true } }));
    await expect(other).resolves.toEqual({ body: { data: { ok: true } } });
  });

  it("reads a refused connection as unreachable, worth another attempt", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      subgraphRequest({ ...target, url: `http://127.0.0.1:${port}/graphql` }, {}, "{}", 2_000, 2_000, undefined),
    ).rejects.toMatchObject({ reason: "unreachable", retryable: true });
  });
});
