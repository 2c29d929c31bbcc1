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

/** Answers of something on the way or of a replica going down, which the next attempt may not meet. */
const PASSING_FAILURES = new Set([500, 502, 503, 504]);
/** Below this much of its budget left, a call is not tried again: the answer could not arrive in time. */
const LEAST_FOR_ANOTHER_ATTEMPT_MS = 100;

/**
 * {@link postAccessCall}, tried once more when the first attempt met a passing failure: the connection
 * failed (a keep-alive socket a stopping replica closed just as the call went out, a refused
 * connection) or an answer of 500, 502, 503 or 504 other than the consents service's own `deadline`.
 * Never after the call's time ran out, nor once `stop` aborted it, nor for another answer (401, 400
 * would be the same again): those fail closed at once. Both attempts share `budgetMs`; the headers of
 * each say the time it has (`headersFor`). A decision the first attempt made and logged but whose
 * answer was lost is decided and logged again by the second: the log then holds both, and the data
 * left once, after the second.
 */
export async function postAccessCallRetried(
  pool: Dispatcher,
  target: AccessCallTarget,
  headersFor: (waitMs: number) => Record<string, string>,
  payload: unknown,
  budgetMs: number,
  stop?: AbortSignal,
): Promise<AccessCallAnswer> {
  const end = performance.now() + budgetMs;
  let waitMs = budgetMs;
  const attempt = () => postAccessCall(pool, target, headersFor(waitMs), payload, waitMs, stop);
  const again = () => {
    waitMs = Math.max(1, Math.floor(end - performance.now()));
    return attempt();
  };
  const mayTryAgain = () => !stop?.aborted && end - performance.now() >= LEAST_FOR_ANOTHER_ATTEMPT_MS;
  let first: AccessCallAnswer;
  try {
    first = await attempt();
  } catch (error) {
    if ((error as { name?: string } | null)?.name === "TimeoutError" || !mayTryAgain()) throw error;
    return again();
  }
  if (!PASSING_FAILURES.has(first.status) || isDeadlineAnswer(first) || !mayTryAgain()) return first;
  return again();
}

/** The consents service stopped the call's statements at the deadline it announced: no time for another. */
export function isDeadlineAnswer(answer: AccessCallAnswer): boolean {
  return answer.status === 503 && (answer.body as { error?: unknown } | undefined)?.error === "deadline";
}
