import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** One entry of a GraphQL response's `errors`, with the extensions Silta sets. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    /** BAD_USER_INPUT: the input field (a dotted path) and the rule it broke. */
    field?: string;
    rule?: string;
    /** FORBIDDEN: the basis of the denial (`no_consent`, `ban`, …) and the data category. */
    reason?: string;
    category?: string;
    [key: string]: unknown;
  };
}

/** A response: the data (partial when some fields were refused) and the errors at their paths. */
export interface OperationResult<TData> {
  data: TData;
  errors: GraphQLErrorEntry[];
}

/** A request that produced no data at all: a network failure, an HTTP error, or errors only. */
export class OperationError extends Error {
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status?: number,
  ) {
    super(errors[0]?.message ?? "Request failed");
    this.name = "OperationError";
  }

  /** The code of the first error (`UNAUTHENTICATED`, `BAD_USER_INPUT`, …), or `NETWORK_ERROR`. */
  get code(): string {
    return this.errors[0]?.extensions?.code ?? "NETWORK_ERROR";
  }
}

export interface OperationOptions {
  token: string;
  /** Default `/graphql` on the page's own origin. */
  endpoint?: string;
  /** Written to the access log with every decision of this request (`x-silta-purpose`). */
  purpose?: string;
  /**
   * A mutation's `Idempotency-Key` (docs/idempotency.md): the same key for a retry of the same
   * action, so the hub answers a retry from the first try instead of changing anything twice.
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/**
 * Sends one typed operation to the gateway with the user's bearer token. Partial data is returned
 * with its errors (a field the viewer may not see is null with FORBIDDEN at its path, and the view
 * says so); only a response without data throws {@link OperationError}.
 */
export async function executeOperation<TData, TVariables>(
  document: DocumentTypeDecoration<TData, TVariables> & { toString(): string },
  variables: TVariables,
  options: OperationOptions,
): Promise<OperationResult<TData>> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    authorization: `Bearer ${options.token}`,
  };
  if (options.purpose) headers["x-silta-purpose"] = options.purpose;
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.endpoint ?? "/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(options.signal ? { signal: options.signal } : {}),
      credentials: "omit",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new OperationError([{ message: "Network error", extensions: { code: "NETWORK_ERROR" } }]);
  }
  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new OperationError(
      [{ message: `HTTP ${response.status}`, extensions: { code: httpCode(response.status) } }],
      response.status,
    );
  }
  const errors = body.errors ?? [];
  if (body.data === undefined || body.data === null) {
    throw new OperationError(
      errors.length > 0 ? errors : [{ message: `HTTP ${response.status}`, extensions: { code: httpCode(response.status) } }],
      response.status,
    );
  }
  return { data: body.data, errors };
}

function httpCode(status: number): string {
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 429) return "RATE_LIMITED";
  return status >= 500 ? "SERVICE_UNAVAILABLE" : "NETWORK_ERROR";
}
