import http from "node:http";
import type { AddressInfo } from "node:net";
import Redis from "ioredis";
import { testRedisUrl } from "@silta/testkit";
import { createDevTokenIssuer, createGateway, type Gateway } from "../src";
import { composeSupergraph, key, namespace, post, professional, silent } from "./support/testWorld";

const newsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { publicNews: String privateNote: String unmarked: String }
`;

/** A subgraph that answers every root field and marks the answer as the field's name says. */
async function newsSubgraph(): Promise<{ url: string; calls: Record<string, number>; close(): Promise<void> }> {
  const calls: Record<string, number> = {};
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    let body = "";
    for await (const chunk of request) body += String(chunk);
    const { query } = JSON.parse(body) as { query: string };
    const fields = ["publicNews", "privateNote", "unmarked"].filter((name) => query.includes(name));
    for (const field of fields) calls[field] = (calls[field] ?? 0) + 1;
    // The least cacheable field decides, as a real subgraph's cache control would.
    if (fields.includes("privateNote")) response.setHeader("cache-control", "private, max-age=60");
    else if (fields.includes("publicNews") && !fields.includes("unmarked"))
      response.setHeader("cache-control", "public, max-age=60");
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ data: Object.fromEntries(fields.map((field) => [field, `${field} ${calls[field]}`])) }));
  };
  // Not awaited by node:http; a failure shows in the test's answers (and as an unhandled rejection).
  const server = http.createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("the response cache", () => {
  let news: Awaited<ReturnType<typeof newsSubgraph>>;
  let gateway: Gateway;
  let url: string;
  let bearer: Record<string, string>;
  let redis: Redis;
  const keyPrefix = namespace();

  beforeAll(async () => {
    news = await newsSubgraph();
    redis = new Redis(testRedisUrl);
    await redis.ping();
    const issuer = await createDevTokenIssuer();
    bearer = { authorization: `Bearer ${await issuer.issue(professional())}` };
    gateway = createGateway({
      supergraphSdl: composeSupergraph([{ name: "news", sdl: newsSdl }]),
      subgraphUrls: { news: news.url },
      verifier: issuer.verifier,
      viewerKey: key,
      log: silent,
      redis,
      redisKeyPrefix: keyPrefix,
      responseCache: true,
    });
    url = await gateway.start(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await news?.close();
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis?.quit();
  });

  it("serves data every subgraph marked public from the cache, stored in Redis", async () => {
    expect((await post(url, "{ publicNews }", bearer)).body).toEqual({ data: { publicNews: "publicNews 1" } });
    const cached = await post(url, "{ publicNews }", bearer);
    expect(cached.body).toEqual({ data: { publicNews: "publicNews 1" } });
    expect(cached.headers.get("x-silta-cache")).toBe("hit");
    expect(news.calls["publicNews"]).toBe(1);
    expect(await redis.keys(`${keyPrefix}:rc:*`)).toHaveLength(1);
  });

  it("never caches private or unmarked data", async () => {
    await post(url, "{ privateNote }", bearer);
    expect((await post(url, "{ privateNote }", bearer)).body).toEqual({ data: { privateNote: "privateNote 2" } });
    await post(url, "{ unmarked }", bearer);
    expect((await post(url, "{ unmarked }", bearer)).body).toEqual({ data: { unmarked: "unmarked 2" } });
  });

  it("does not cache a response mixing public and private data", async () => {
    await post(url, "{ publicNews privateNote }", bearer);
    await post(url, "{ publicNews privateNote }", bearer);
    expect(news.calls["publicNews"]).toBe(3);
  });
});
