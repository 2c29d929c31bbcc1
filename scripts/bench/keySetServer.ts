import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface KeySetServer {
  /** Where the key set is served, for the gateway's OIDC_JWKS_URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * An identity provider's JWKS endpoint, and only that, on a free loopback port: the benchmark's
 * gateway runs as in production, verifying tokens against a key set it fetches, and the benchmark
 * signs its callers' tokens with the matching private key.
 */
export async function serveKeySet(keySet: { keys: readonly object[] }): Promise<KeySetServer> {
  const body = JSON.stringify(keySet);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/jwk-set+json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
