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
 * Prints `{"<name>": "<url>"}` on one line once all listen.
 */
async function main(): Promise<void> {
  const log = createLogger({ service: "bench-subgraph", level: "silent" });
  const urls: Record<string, string> = {};
  for (const [name, sdl] of Object.entries(subgraphSdl)) {
    const apollo = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: subgraphResolvers[name] as never }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    await apollo.start();
    const http = createHttpService({ apollo, log, readiness: [], context: async () => ({}) });
    urls[name] = await http.listen(0, "127.0.0.1");
  }
  process.stdout.write(`${JSON.stringify(urls)}\n`);
  process.on("SIGTERM", () => process.exit(0));
}

void main();
