import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { createLogger } from "@silta/kernel";
import { createHttpService } from "@silta/kernel/http";
import { subgraphResolvers, subgraphSdl } from "./workload";

/**
 * The benchmark's four subgraphs in one process (pinned by run.ts to the core the gateways do not
 * use). They answer from memory and check no viewer, so that the gateways' own cost dominates.
 * They count the GraphQL requests they receive, all four together, and tell the count at another
 * address (`GET` answers `{"received": n}`), so that run.ts can print how many subgraph requests
 * each gateway made per request. Prints `{"urls": {"<name>": "<url>"}, "counter": "<url>"}` on one
 * line once all listen.
 */
async function main(): Promise<void> {
  const log = createLogger({ service: "bench-subgraph", level: "silent" });
  const urls: Record<string, string> = {};
  let received = 0;
  const countRequests = {
    async requestDidStart() {
      received += 1;
    },
  };
  for (const [name, sdl] of Object.entries(subgraphSdl)) {
    const apollo = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: subgraphResolvers[name] as never }),
      plugins: [ApolloServerPluginInlineTraceDisabled(), countRequests],
    });
    await apollo.start();
    const http = createHttpService({ apollo, log, readiness: [], context: async () => ({}) });
    urls[name] = await http.listen(0, "127.0.0.1");
  }
  const counter = createServer((_request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ received }));
  });
  await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
  const { port } = counter.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ urls, counter: `http://127.0.0.1:${port}/` })}\n`);
  process.on("SIGTERM", () => process.exit(0));
}

void main();
