import { Agent, request, type Dispatcher } from "undici";

/** What the consents service answered to one call: the status and the parsed JSON body (undefined when not JSON). */
export interface AccessCallAnswer {
  status: number;
  body: unknown;
}

/**
 * A keep-alive pool for one subgraph's calls to the consents service. undici's `request`, not the
 * global `fetch`: fetch builds WHATWG Request, Headers and stream objects for every call, which cost
 * a subgraph more CPU per decision call than the call's own JSON (docs/benchmarks.md, seventh sitting).
 */
export function accessCallPool(): Dispatcher {
  return new Agent({ keepAliveTimeout: 30_000 });
}

/** POSTs one JSON call to the consents service and reads its whole answer; aborted by `signal`. */
export async function postAccessCall(
  pool: Dispatcher,
  url: string,
  headers: Record<string, string>,
  payload: unknown,
  signal: AbortSignal,
): Promise<AccessCallAnswer> {
  const response = await request(url, {
    method: "POST",
    dispatcher: pool,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload),
    signal,
  });
  const text = await response.body.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.statusCode, body };
}
