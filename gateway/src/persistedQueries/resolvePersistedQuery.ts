import { sha256 } from "./manifest";
import type { PersistedQueryStore } from "./persistedQueryStore";

/**
 * `off`: plain queries only. `apq`: automatic persisted queries (Apollo's protocol) besides plain
 * queries. `safelist`: only operations registered from clients' manifests run, sent by id or as
 * text; anything else is refused.
 */
export type PersistedQueryMode = "off" | "apq" | "safelist";

export interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown }; [key: string]: unknown };
  [key: string]: unknown;
}

export class PersistedQueryRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
  ) {}
}

/**
 * Turns a request body into one Apollo Server can run: the operation's text in `query`, and no
 * `persistedQuery` extension. Returns a refusal instead when the operation may not run.
 */
export async function resolvePersistedQuery(
  body: GraphQLBody,
  mode: PersistedQueryMode,
  store: PersistedQueryStore,
  /** Receives the store write of a newly sent APQ, to run once the request proved authenticated and valid. */
  deferWrite: (write: () => Promise<void>) => void,
): Promise<GraphQLBody | PersistedQueryRefusal> {
  const persisted = body.extensions?.persistedQuery;
  if (mode === "off") {
    if (persisted)
      return refuse(400, "PERSISTED_QUERY_NOT_SUPPORTED", "Persisted queries are turned off; send the operation's text.");
    return body;
  }
  const query = typeof body.query === "string" ? body.query : undefined;
  const hash = typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash.toLowerCase() : undefined;
  if (persisted && (persisted.version !== 1 || !hash || !/^[0-9a-f]{64}$/.test(hash))) {
    return refuse(400, "BAD_REQUEST", "extensions.persistedQuery must be {version: 1, sha256Hash: <64 hex digits>}.");
  }
  if (query !== undefined && hash !== undefined && sha256(query) !== hash) {
    return refuse(400, "BAD_REQUEST", "The persisted query's sha256Hash is not the SHA-256 of the query sent with it.");
  }

  if (mode === "safelist") {
    const id = hash ?? (query !== undefined ? sha256(query) : undefined);
    if (id === undefined) return body;
    const registered = await store.getSafelisted(id);
    if (registered === undefined) {
      return refuse(
        400,
        "PERSISTED_QUERY_NOT_ALLOWED",
        "This operation is not registered for this hub. Register your client's operation manifest with the Silta operators.",
      );
    }
    return withQuery(body, registered);
  }

  if (hash === undefined) return body;
  if (query !== undefined) {
    // Stored only after the request was answered, so an unauthenticated caller cannot fill the store.
    deferWrite(() => store.putAutomatic(hash, query));
    return withQuery(body, query);
  }
  const stored = await store.getAutomatic(hash);
  // Apollo's protocol: this exact message tells clients to send the text with the hash.
  if (stored === undefined) return refuse(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
  return withQuery(body, stored);
}

function withQuery(body: GraphQLBody, query: string): GraphQLBody {
  const { persistedQuery: _persisted, ...extensions } = body.extensions ?? {};
  return { ...body, query, extensions };
}

function refuse(status: number, code: string, message: string): PersistedQueryRefusal {
  return new PersistedQueryRefusal(status, code, message);
}
