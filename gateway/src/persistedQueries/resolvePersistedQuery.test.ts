import type { Logger } from "@silta/kernel";
import { BoundedRedis } from "../redis/boundedRedis";
import { sha256 } from "./manifest";
import { PersistedQueryStore } from "./persistedQueryStore";
import { PersistedQueryRefusal, resolvePersistedQuery, type GraphQLBody, type PersistedQueryMode } from "./resolvePersistedQuery";

const log = { warn: jest.fn(), info: jest.fn() } as unknown as Logger;
const query = "{ __typename }";
const hash = sha256(query);
const apq = (extra: GraphQLBody = {}): GraphQLBody => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  ...extra,
});

/** A store without Redis: what it keeps lives in this process, as in the embedded hub. */
function setup() {
  const store = new PersistedQueryStore({ redis: new BoundedRedis({ timeoutMs: 50, log }), keyPrefix: "t", ttlSeconds: 60 });
  const writes: (() => Promise<void>)[] = [];
  const resolve = (body: GraphQLBody, mode: PersistedQueryMode) =>
    resolvePersistedQuery(body, mode, store, (write) => writes.push(write));
  return { store, writes, resolve };
}

describe("resolvePersistedQuery", () => {
  it("stores an automatic persisted query only once its request is answered, then serves it by hash", async () => {
    const { writes, resolve } = setup();
    await expect(resolve(apq(), "apq")).resolves.toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND", status: 200 });
    await expect(resolve(apq({ query }), "apq")).resolves.toEqual({ query, extensions: {} });
    await expect(resolve(apq(), "apq")).resolves.toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND" });
    for (const write of writes) await write();
    await expect(resolve(apq(), "apq")).resolves.toEqual({ query, extensions: {} });
  });

  it("refuses a hash that is not the SHA-256 of the query sent with it, and a malformed extension", async () => {
    const { resolve } = setup();
    await expect(resolve(apq({ query: "{ other }" }), "apq")).resolves.toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const malformed = { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } };
    await expect(resolve(malformed, "apq")).resolves.toBeInstanceOf(PersistedQueryRefusal);
  });

  it("runs only registered operations in safelist mode, by id or by text", async () => {
    const { store, resolve } = setup();
    await expect(resolve({ query }, "safelist")).resolves.toMatchObject({ status: 400, code: "PERSISTED_QUERY_NOT_ALLOWED" });
    store.pin([{ id: hash, body: query }]);
    await expect(resolve(apq(), "safelist")).resolves.toEqual({ query, extensions: {} });
    await expect(resolve({ query }, "safelist")).resolves.toEqual({ query, extensions: {} });
  });

  it("passes plain queries through, and refuses persisted ones when turned off", async () => {
    const { resolve } = setup();
    await expect(resolve({ query }, "apq")).resolves.toEqual({ query });
    await expect(resolve({ query }, "off")).resolves.toEqual({ query });
    await expect(resolve(apq(), "off")).resolves.toMatchObject({ code: "PERSISTED_QUERY_NOT_SUPPORTED" });
  });
});
