import { AsyncResource } from "node:async_hooks";
import { connect, type Socket } from "node:net";
import pg from "pg";
import { currentDeadline, deadlineError, type DeadlineReason } from "./requestDeadline";

/** Longest a cancel request may take to deliver; PostgreSQL's statement_timeout remains the backstop. */
const CANCEL_TIMEOUT_MS = 2_000;
/** The CancelRequest code of PostgreSQL's wire protocol (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80_877_102;

type Callback = (error: Error | null | undefined, result?: unknown) => void;
/** What pg keeps of a connection and does not declare for subclasses. */
interface Connected {
  host: string;
  port: number;
  processID: number | null;
  secretKey: number | null;
}

/**
 * A pg connection whose statements honour the deadline of the request they run for (see
 * {@link currentDeadline}): one is not sent once the deadline has passed, and one in flight is
 * cancelled in PostgreSQL (a CancelRequest, which needs no free connection and no second login)
 * when the request's deadline passes or its caller hangs up. Every statement of the request path
 * reaches PostgreSQL through here, Prisma's and the kernel's raw SQL alike, so no resolver has to
 * think about it. A cancel request names the connection, not the statement: one that arrived late
 * would cancel whatever that connection ran next, so a connection that was sent one is closed once
 * its statement settles instead of going back to the pool.
 */
class DeadlineClient extends pg.Client {
  #cancelSent = false;
  /** Promise-style statements sent and not yet settled, and the last of them. */
  #inFlight = 0;
  #last: Promise<unknown> = Promise.resolve();

  // pg's overloads (text or config, values, callback or promise) all pass through this one signature.
  override query(...args: unknown[]): never {
    const callback = typeof args[args.length - 1] === "function";
    const submittable = typeof (args[0] as { submit?: unknown } | undefined)?.submit === "function";
    if (callback || submittable) return this.#send(args);
    // Prisma's query interpreter sends the statements of one transaction side by side (`Promise.all`
    // over its nodes). pg would queue them itself, but that queue is deprecated and goes in pg 9; so
    // they wait for each other here, and each is checked against the deadline when it is sent.
    const send = () => this.#send(args) as Promise<unknown>;
    const sent = this.#inFlight === 0 ? send() : this.#last.then(send, send);
    this.#inFlight += 1;
    const settled = () => {
      this.#inFlight -= 1;
    };
    this.#last = sent.then(settled, settled);
    return sent as never;
  }

  #send(args: unknown[]): never {
    const deadline = currentDeadline();
    const submittable = typeof (args[0] as { submit?: unknown } | undefined)?.submit === "function";
    const query = (rest: unknown[]) => (super.query as (...all: unknown[]) => never).apply(this, rest);
    if (!deadline || submittable) return query(args);
    const last = args.length - 1;
    const callback = typeof args[last] === "function" ? (args[last] as Callback) : undefined;
    const expired = deadline.expired();
    if (expired) {
      // The refused statement may be in a transaction whose ROLLBACK is refused as well: a connection
      // left inside it must serve nobody again (closing it rolls the transaction back).
      this.end().catch(() => undefined);
      return refuse(expired, callback);
    }
    let cancelledFor: DeadlineReason | undefined;
    const onAbort = () => {
      cancelledFor = deadline.signal.reason as DeadlineReason;
      this.#cancel();
    };
    deadline.signal.addEventListener("abort", onAbort, { once: true });
    const settle = (error: unknown) => {
      deadline.signal.removeEventListener("abort", onAbort);
      if (!cancelledFor) return error;
      // The cancel may still be on its way: this connection must serve nobody else (the pool drops an ending one).
      this.end().catch(() => undefined);
      // Failed after its request cancelled it ("due to user request", or the connection closing under
      // a statement queued behind): the request's deadline is the reason, and the answer says so.
      return error ? deadlineError(cancelledFor) : error;
    };
    if (callback) {
      return query([
        ...args.slice(0, last),
        (error: Error | null | undefined, result?: unknown) => callback(settle(error) as Error, result),
      ]);
    }
    return (query(args) as Promise<unknown>).then(
      (result) => {
        settle(undefined);
        return result;
      },
      (error: unknown) => {
        throw settle(error);
      },
    ) as never;
  }

  #cancel(): void {
    if (this.#cancelSent) return;
    this.#cancelSent = true;
    const { host, port, processID, secretKey } = this as unknown as Connected;
    if (processID !== null && secretKey !== null) void sendCancelRequest(host, port, processID, secretKey);
  }
}

/**
 * The pool of {@link DeadlineClient}s. A caller waiting for a free connection is handed one from
 * inside another request's release; its callback is bound to the waiting caller, so the statement
 * it sends runs under the waiting request's deadline, not the releasing one's.
 */
class DeadlinePool extends pg.Pool {
  /** A statement of an expired request is refused before it takes a connection. */
  override query(...args: unknown[]): never {
    const expired = currentDeadline()?.expired();
    const query = super.query as (...all: unknown[]) => never;
    if (!expired || typeof (args[0] as { submit?: unknown } | undefined)?.submit === "function") return query.apply(this, args);
    const last = args[args.length - 1];
    return refuse(expired, typeof last === "function" ? (last as Callback) : undefined);
  }

  override connect(...args: unknown[]): never {
    const [callback] = args;
    const connect = super.connect as (...all: unknown[]) => never;
    return typeof callback === "function"
      ? connect.call(this, AsyncResource.bind(callback as (...all: unknown[]) => unknown))
      : connect.call(this);
  }
}

/** Fails a statement as PostgreSQL fails a cancelled one, in whichever way it was called (callback or promise). */
function refuse(reason: DeadlineReason, callback: Callback | undefined): never {
  const error = deadlineError(reason);
  if (!callback) return Promise.reject(error) as never;
  process.nextTick(callback, error);
  return undefined as never;
}

/** A pg pool whose statements are bounded by the deadline of the request they run for. */
export function deadlinePool(config: pg.PoolConfig): pg.Pool {
  return new DeadlinePool({ ...config, Client: DeadlineClient });
}

/** PostgreSQL's CancelRequest: a new connection carrying the backend's id and secret, answered by closing it. */
function sendCancelRequest(host: string, port: number, processID: number, secretKey: number): Promise<void> {
  const message = Buffer.alloc(16);
  message.writeInt32BE(16, 0);
  message.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  message.writeInt32BE(processID, 8);
  message.writeInt32BE(secretKey, 12);
  return new Promise((resolve) => {
    const socket: Socket = host.startsWith("/") ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host);
    socket.setTimeout(CANCEL_TIMEOUT_MS, () => socket.destroy());
    socket.once("connect", () => socket.end(message));
    socket.once("error", () => undefined);
    socket.once("close", () => resolve());
  });
}
