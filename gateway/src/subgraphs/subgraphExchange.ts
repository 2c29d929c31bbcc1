import type { Dispatcher } from "undici";
import { SubgraphCallError } from "./subgraphCallError";

/** What one HTTP exchange with a subgraph gave back: its status, `Cache-Control` and body as text. */
export interface ExchangedAnswer {
  status: number;
  cacheControl?: string;
  text: string;
}

/** Where an exchange goes: a subgraph URL split once into the origin and path undici dispatches to. */
export interface Endpoint {
  origin: string;
  /** The path with the query string, as undici's `request(url)` derives it. */
  path: string;
}

/**
 * One POST to a subgraph through undici's dispatcher with this handler, in place of undici's
 * `request()`: the same request on the wire and the same outcomes, without what `request()` adds
 * per call for a body read whole (an async resource, a body stream and the promise of its `text()`,
 * response headers parsed into an object, an `AbortController` and its listener per call). There
 * are sixteen calls per request of the Guild benchmark (docs/benchmarks-gateway.md).
 *
 * Its deadline and the caller hanging up stop it as `request()`'s abort signal would: a call
 * that already has its connection is aborted at once (undici errors it and closes the connection,
 * so the subgraph stops its work); a call still queued for a connection in the pool settles only
 * when it leaves the queue, where undici aborts it before sending anything. That second half is
 * deliberate: settling such a call at its deadline (as a first version of this handler did on
 * 2026-12-06) lets the gateway answer its caller while the call stays in the pool's queue, so
 * under overload the queue grows past what the in-flight bounds allow, every dead call in it
 * costs a connection when it leaves (undici closes the socket it was given), and answers stall.
 */
class SubgraphExchange implements Dispatcher.DispatchHandler {
  status = 0;
  cacheControl: string | undefined = undefined;
  chunks: Buffer[] = [];
  length = 0;
  /** undici's abort for this request, once it has a connection. */
  abortRequest: ((reason: Error) => void) | undefined = undefined;
  /** Why the gateway stopped the call (its deadline, the caller hanging up); kept until undici can abort it. */
  stoppedBy: "timeout" | "abandoned" | undefined = undefined;
  timer: NodeJS.Timeout | undefined = undefined;
  settled = false;

  constructor(
    readonly timeoutMs: number,
    readonly callerGone: AbortSignal | undefined,
    readonly resolve: (answer: ExchangedAnswer) => void,
    readonly reject: (error: SubgraphCallError) => void,
  ) {}

  /** Stops the call: at once when undici has handed it a connection, else as it leaves the queue (`onConnect`). */
  stop(why: "timeout" | "abandoned"): void {
    if (this.settled || this.stoppedBy) return;
    this.stoppedBy = why;
    this.abortRequest?.(stopReason(why));
  }

  onConnect(abort: (reason?: Error) => void): void {
    if (this.stoppedBy) abort(stopReason(this.stoppedBy));
    else this.abortRequest = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    // 1xx answers are informational; the final status follows.
    if (statusCode < 200) return true;
    this.status = statusCode;
    this.cacheControl = firstHeader(rawHeaders, "cache-control");
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return true;
  }

  onComplete(): void {
    if (this.settle()) this.resolve({ status: this.status, cacheControl: this.cacheControl, text: this.text() });
  }

  onError(error: Error): void {
    if (!this.settle()) return;
    // The same verdicts, in the same order, as on undici's `request()` and its body's `text()`.
    if (this.callerGone?.aborted || this.stoppedBy === "abandoned") return this.reject(abandoned());
    const answer = this.status === 0 ? "answer" : "complete answer";
    if (this.stoppedBy === "timeout" || isTimeout(error)) {
      return this.reject(new SubgraphCallError("timeout", `no ${answer} within ${this.timeoutMs} ms`, false));
    }
    this.reject(new SubgraphCallError("unreachable", describe(error), true));
  }

  /** Marks the exchange settled and releases its timer and listener; false when it already was. */
  settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearTimeout(this.timer);
    if (this.callerGone) hangUps.get(this.callerGone)?.delete(this);
    return true;
  }

  /** The body as UTF-8 text without a byte order mark, as undici's `text()` decodes it. */
  text(): string {
    const { chunks } = this;
    if (chunks.length === 0) return "";
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.length);
    const start = body.length > 2 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
    return body.toString("utf8", start);
  }
}

/**
 * The exchanges in flight per caller's signal: one listener per request stops them all when the
 * caller hangs up, instead of one listener (and its closure) per subgraph call.
 */
const hangUps = new WeakMap<AbortSignal, Set<SubgraphExchange>>();

function onHangUp(this: AbortSignal): void {
  const exchanges = hangUps.get(this);
  hangUps.delete(this);
  if (exchanges) for (const exchange of exchanges) exchange.stop("abandoned");
}

function watchCaller(callerGone: AbortSignal, exchange: SubgraphExchange): void {
  let exchanges = hangUps.get(callerGone);
  if (!exchanges) {
    exchanges = new Set();
    hangUps.set(callerGone, exchanges);
    callerGone.addEventListener("abort", onHangUp, { once: true });
  }
  exchanges.add(exchange);
}

/** The deadline timer's callback (module-level: no closure per call). */
function onDeadline(exchange: SubgraphExchange): void {
  exchange.stop("timeout");
}

/**
 * Sends `body` to the subgraph at `endpoint` and reads its whole answer, giving up after
 * `remainingMs` or when `callerGone` aborts. Rejects with a {@link SubgraphCallError} (`timeout`,
 * `abandoned` or a retryable `unreachable`); any HTTP status resolves.
 */
export function exchange(
  dispatcher: Dispatcher,
  endpoint: Endpoint,
  headers: Record<string, string>,
  body: string,
  remainingMs: number,
  /** The call's whole timeout, for the message. */
  timeoutMs: number,
  callerGone: AbortSignal | undefined,
): Promise<ExchangedAnswer> {
  return new Promise<ExchangedAnswer>((resolve, reject) => {
    const call = new SubgraphExchange(timeoutMs, callerGone, resolve, reject);
    call.timer = setTimeout(onDeadline, Math.ceil(remainingMs), call);
    if (callerGone) watchCaller(callerGone, call);
    dispatcher.dispatch({ origin: endpoint.origin, path: endpoint.path, method: "POST", headers, body }, call);
  });
}

/** The reason undici errors a stopped call with (the handler's own verdict wins: see `onError`). */
function stopReason(why: "timeout" | "abandoned"): Error {
  const error = new Error(why === "timeout" ? "the subgraph call's deadline passed" : "the caller hung up");
  error.name = "AbortError";
  return error;
}

const abandoned = () => new SubgraphCallError("abandoned", "the caller hung up", false);

/** The first value of a response header in undici's raw `[name, value, …]` list; `name` in lower case. */
function firstHeader(rawHeaders: Buffer[] | null, name: string): string | undefined {
  if (!rawHeaders) return undefined;
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const key = rawHeaders[index]!;
    if (key.length === name.length && key.toString("latin1").toLowerCase() === name)
      return rawHeaders[index + 1]!.toString("latin1");
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  const code = (error as { code?: string } | undefined)?.code;
  return (
    name === "TimeoutError" || name === "AbortError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT"
  );
}

function describe(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  return `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
}
