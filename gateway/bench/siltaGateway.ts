import { readFileSync } from "node:fs";
import { createLogger, viewerKey } from "@silta/kernel";
import { createDevTokenIssuer, createGateway } from "../src";

/**
 * Silta's gateway as it runs in production, with its defaults: token verification, viewer signing,
 * operation limits (the cost limit raised, see docs/benchmarks-gateway.md), rate limits, metrics,
 * the circuit breaker and timeouts. No response cache, no request deduplication.
 */
async function main(): Promise<void> {
  const urls = JSON.parse(process.env["BENCH_SUBGRAPH_URLS"]!) as Record<string, string>;
  const issuer = await createDevTokenIssuer({ keyFile: process.env["BENCH_KEY_FILE"]! });
  const gateway = createGateway({
    supergraphSdl: readFileSync(process.env["BENCH_SUPERGRAPH"]!, "utf8"),
    subgraphUrls: urls,
    verifier: issuer.verifier,
    viewerKey: viewerKey("benchmark-viewer-signing-secret-0123456789"),
    log: createLogger({ service: "gateway", level: "warn" }),
    // The Guild query multiplies five nested lists; its estimated cost (about 65 000 with the default list size) is above the default limit.
    limits: { maxCost: 1_000_000 },
    // Every request carries another subject, so the limit is never reached, but each one is counted.
    rateLimit: { requests: 1_000_000 },
  });
  const url = await gateway.start(0, "127.0.0.1");
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on("SIGTERM", () => void gateway.stop().then(() => process.exit(0)));
}

void main();
