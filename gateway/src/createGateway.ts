import type { IncomingMessage } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode, SiltaError, createHttpService, type HttpService, type Logger, type ViewerKey } from "@silta/kernel";
import { authenticate } from "./auth/authenticate";
import type { TokenVerifier } from "./auth/TokenVerifier";
import { PURPOSE_HEADER } from "./auth/viewerFromClaims";
import type { GatewayContext } from "./GatewayContext";
import { subgraphReadiness } from "./health";
import { formatGatewayError, maskedErrorsPlugin } from "./plugins/maskedErrorsPlugin";
import { SubgraphDataSource } from "./subgraphDataSource";
import { supergraphSubgraphs, type SubgraphEndpoint } from "./supergraphSubgraphs";

export interface GatewayOptions {
  /** The composed supergraph (`schema/supergraph.graphql`). */
  supergraphSdl: string;
  /**
   * Subgraph GraphQL URLs by subgraph name, overriding the supergraph's `@join__graph(url:)`.
   * A subgraph not named here keeps the supergraph's URL; a name the supergraph lacks is an error.
   */
  subgraphUrls: Record<string, string>;
  /** Checks callers' bearer tokens: OIDC in servers mode, the development issuer when embedded. */
  verifier: TokenVerifier;
  /** Signs the viewer header for subgraphs; they must hold the same key. */
  viewerKey: ViewerKey;
  log: Logger;
  /** Schema introspection for tools. Default: on unless NODE_ENV is `production`. */
  introspection?: boolean;
}

export interface Gateway {
  /** The subgraphs the gateway calls, with the URLs it calls them at. */
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly http: HttpService;
  /** Loads the supergraph and listens; resolves to the GraphQL URL. Port 0 picks a free port. */
  start(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Silta's one entry point: Apollo Gateway in front of the subgraphs, behind the kernel's HTTP
 * front. Every request is authenticated before planning; subgraphs receive the viewer signed for
 * each of them; internal errors reach callers only as INTERNAL_SERVER_ERROR with a request id.
 * Nothing runs until `start`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { log, verifier } = options;
  const subgraphs = resolveSubgraphUrls(supergraphSubgraphs(options.supergraphSdl), options.subgraphUrls);
  const urlOf = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ name, url: urlOf.get(name) ?? url ?? "", viewerKey: options.viewerKey }),
  });
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    introspection: options.introspection ?? process.env["NODE_ENV"] !== "production",
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The composition root owns shutdown (kernel onShutdown). Apollo's own handler would stop the
    // server and then re-raise the signal, ending the process with 130 before connections close.
    stopOnTerminationSignals: false,
    formatError: formatGatewayError,
    plugins: [maskedErrorsPlugin()],
  });

  const http = createHttpService<GatewayContext>({
    apollo,
    log,
    readiness: [
      {
        name: "supergraph",
        check: async () => {
          if (!supergraphLoaded) throw new Error("supergraph not loaded");
        },
      },
      ...subgraphs.map(({ name, url }) => subgraphReadiness(name, url)),
    ],
    context: async (request: IncomingMessage, requestId: string) => {
      const requestLog = log.child({ requestId });
      try {
        const viewer = await authenticate(
          { authorization: request.headers.authorization, purpose: headerOf(request, PURPOSE_HEADER) },
          verifier,
        );
        return { viewer, requestId, log: requestLog };
      } catch (error) {
        throw refusal(error, requestId, requestLog);
      }
    },
  });

  return {
    subgraphs,
    http,
    async start(port, host) {
      await apollo.start();
      const url = await http.listen(port, host);
      log.info({ url, subgraphs: subgraphs.map(({ name }) => name) }, "gateway ready");
      return url;
    },
    async stop() {
      await http.close();
      // Stops the gateway too, which Apollo Server started.
      await apollo.stop();
    },
  };
}

function resolveSubgraphUrls(fromSupergraph: SubgraphEndpoint[], overrides: Record<string, string>): SubgraphEndpoint[] {
  const known = new Set(fromSupergraph.map(({ name }) => name));
  const unknown = Object.keys(overrides).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `Subgraph URLs were configured for ${unknown.join(", ")}, which the supergraph does not have (it has ${[...known].join(", ")}).`,
    );
  }
  return fromSupergraph.map(({ name, url }) => {
    const configured = overrides[name] ?? url;
    if (!/^https?:\/\/[^/]/.test(configured)) {
      throw new Error(`The URL of subgraph ${name} must be an http:// or https:// URL (is ${JSON.stringify(configured)}).`);
    }
    return { name, url: configured };
  });
}

/**
 * What the caller sees when the context cannot be built: Silta's own errors (401, 400) as they
 * are, anything else (the identity provider's keys unreachable) as 503 with only the request id.
 */
function refusal(error: unknown, requestId: string, log: Logger): GraphQLError {
  if (error instanceof SiltaError) {
    error.extensions["requestId"] = requestId;
    return error;
  }
  log.error({ err: error }, "could not authenticate the request");
  return new GraphQLError("Authentication is unavailable right now. Try again shortly.", {
    extensions: { code: ErrorCode.Internal, requestId, http: { status: 503 } },
  });
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
