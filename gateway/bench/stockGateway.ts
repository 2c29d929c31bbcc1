import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * Stock @apollo/gateway as its documentation sets it up: Apollo Server's standalone server, the
 * default data source, no authentication, no limits. Only the subgraph URLs are overridden.
 */
async function main(): Promise<void> {
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";
  const urls = JSON.parse(process.env["BENCH_SUBGRAPH_URLS"]!) as Record<string, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env["BENCH_SUPERGRAPH"]!, "utf8"),
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls[name] ?? url }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  process.stdout.write(`${JSON.stringify({ url: new URL("/graphql", url.replace("localhost", "127.0.0.1")).toString() })}\n`);
  process.on("SIGTERM", () => process.exit(0));
}

void main();
