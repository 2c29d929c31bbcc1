import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
// Not re-exported by the package index, though its process options are typed with it.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import { GraphQLError } from "graphql";
import { REQUEST_ID_HEADER, VIEWER_HEADER, signViewer, type ViewerKey } from "@silta/kernel";
import type { GatewayContext } from "./GatewayContext";

type FetcherResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph; the audience its viewer header is signed for. */
  name: string;
  url: string;
  viewerKey: ViewerKey;
}

/**
 * Calls one subgraph on behalf of the viewer: each call carries the viewer signed for this
 * subgraph alone (so a captured header cannot be replayed against another) and the request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly #viewerKey: ViewerKey;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.name = options.name;
    this.#viewerKey = options.viewerKey;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Only the gateway speaks for the viewer: whatever arrived under this name is dropped.
    headers.delete(VIEWER_HEADER);
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
    const { viewer, requestId } = options.context;
    headers.set(VIEWER_HEADER, await signViewer(viewer, this.#viewerKey, this.name));
    headers.set(REQUEST_ID_HEADER, requestId);
  }

  /**
   * Apollo's default turns a subgraph's 401 or 403 into the caller's UNAUTHENTICATED or FORBIDDEN
   * and attaches the subgraph's URL and body. Here a non-2xx answer is the gateway's problem (a
   * subgraph refusing the gateway's own viewer means a secret mismatch), so it carries no public
   * code and is masked for the caller; its message, for the log, names the subgraph and the reason.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const reasons = errorSummaries(body);
    return new GraphQLError(
      `Subgraph ${this.name} answered HTTP ${response.status}${reasons.length > 0 ? ` (${reasons.join(", ")})` : ""}`,
      { extensions: { serviceName: this.name } },
    );
  }
}

/** The codes and reasons of a GraphQL error body: enough to diagnose, nothing the subgraph did not mean to say. */
function errorSummaries(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: { extensions?: Record<string, unknown> }) =>
    [error.extensions?.["code"], error.extensions?.["reason"]].filter((part) => typeof part === "string").join("/"),
  );
}
