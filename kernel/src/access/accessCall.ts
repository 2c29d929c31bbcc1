import { Agent, type Dispatcher } from "undici";

/** What the consents service answered to one call: the status and the parsed JSON body (undefined when not JSON). */
export interface AccessCallAnswer {
  status: number;
  body: unknown;
}

/** Where one kind of call goes, split once: undici's top-level `request(url)` parses the URL again on every call. */
export interface AccessCallTarget {
  origin: string;
  path: string;
}

export function accessCallTarget(url: string): AccessCallTarget {
  const parsed = new URL(url);
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

/**
 * A keep-alive pool for one subgraph's calls to the consents service. undici's `request`, not the
 * global `fetch`: fetch builds WHATWG Request, Headers and stream objects for every call, which cost
 * a subgraph more CPU per decision call than the call's own JSON (docs/benchmarks.md, seventh sitting).
 */
export function accessCallPool(): Dispatcher {
  return new Agent({ keepAliveTimeout: 30_000 });
}

/**
 * POSTs one JSON call to the consents service and reads its whole answer, giving up after `waitMs`
 * (rejecting with a TimeoutError) or as soon as `stop` aborts (rejecting with its reason). One timer,
 * cleared once the answer is read, rather than `AbortSignal.timeout` joined to `stop` by
 * `AbortSignal.any`: the timeout's timer stays armed after the call and fires seconds later anyway,
 * building an abort event and a DOMException for every call, and the joined signal is built per call.
 */
export async function postAccessCall(
  pool: Dispatcher,
  target: AccessCallTarget,
  headers: Record<string, string>,
  payload: unknown,
  waitMs: number,
  stop?: AbortSignal,
): Promise<AccessCallAnswer> {
  const controller = new AbortController();
  if (stop?.aborted) controller.abort(stop.reason);
  const onStop = () => controller.abort(stop!.reason);
  stop?.addEventListener("abort", onStop, { once: true });
  const timer = setTimeout(
    () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    waitMs,
  );
  try {
    const response = await pool.request({
      origin: target.origin,
      path: target.path,
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(payload),
      signal: controller.signal,
    });
    const text = await response.body.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.statusCode, body };
  } finally {
    clearTimeout(timer);
    stop?.removeEventListener("abort", onStop);
  }
}
