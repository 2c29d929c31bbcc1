import { AsyncLocalStorage } from "node:async_hooks";

/** Why a request's database work was stopped: its time ran out, or its caller (the gateway) hung up. */
export type DeadlineReason = "deadline" | "disconnected";

/** SQLSTATE 57014 (query_canceled): what PostgreSQL answers a cancelled statement, and what a refused one answers too. */
export const QUERY_CANCELED = "57014";

/** The messages of statements stopped for their request, which `databaseFailureOf` tells from PostgreSQL's own statement timeout. */
export const deadlineMessages: Record<DeadlineReason, string> = {
  deadline: "canceling statement: the request's deadline passed",
  disconnected: "canceling statement: the request's caller went away",
};

/**
 * The time one request may spend on database work, and the signal that stops it. The database layer
 * reads the current one (see {@link currentDeadline}): a statement is not started once it has
 * expired, and one in flight is cancelled when {@link signal} aborts. Once the request has been
 * answered ({@link finish}) nothing expires any more, so work that outlives its request on purpose
 * (a background poll scheduled from it) is left alone.
 */
export class RequestDeadline {
  readonly #controller = new AbortController();
  readonly #endsAt: number;
  readonly #timer: NodeJS.Timeout;
  #finished = false;

  constructor(budgetMs: number) {
    this.#endsAt = performance.now() + budgetMs;
    this.#timer = setTimeout(() => this.abort("deadline"), budgetMs);
    this.#timer.unref();
  }

  /** Aborts (with the {@link DeadlineReason} as its reason) when the deadline passes or the caller goes away. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /**
   * Why no new statement may start, or undefined while time remains. Reads the clock as well as the
   * signal: a statement queued behind a long one (PGlite runs one at a time and blocks the event
   * loop meanwhile) may get its turn before the deadline's timer has had a chance to fire.
   */
  expired(): DeadlineReason | undefined {
    if (this.#finished) return undefined;
    if (this.#controller.signal.aborted) return this.#controller.signal.reason as DeadlineReason;
    return performance.now() >= this.#endsAt ? "deadline" : undefined;
  }

  /** Milliseconds left before the deadline (0 once it has passed or the work was stopped); Infinity once the request was answered. */
  remainingMs(): number {
    if (this.#finished) return Number.POSITIVE_INFINITY;
    if (this.#controller.signal.aborted) return 0;
    return Math.max(0, this.#endsAt - performance.now());
  }

  /** Stops the request's database work now (its caller hung up). Nothing once the request was answered. */
  abort(reason: DeadlineReason): void {
    if (this.#finished || this.#controller.signal.aborted) return;
    clearTimeout(this.#timer);
    this.#controller.abort(reason);
  }

  /** The request was answered: its deadline no longer applies to anything. */
  finish(): void {
    clearTimeout(this.#timer);
    this.#finished = true;
  }
}

const current = new AsyncLocalStorage<RequestDeadline>();

/** Runs `work` (a request's execution) so that every statement it issues, however deep, is under `deadline`. */
export function runWithDeadline<T>(deadline: RequestDeadline, work: () => T): T {
  return current.run(deadline, work);
}

/** The deadline of the request this code runs for; undefined outside a request (start-up, relays, scripts). */
export function currentDeadline(): RequestDeadline | undefined {
  return current.getStore();
}

/** The error a statement of an expired request fails with: shaped like PostgreSQL's own, so drivers and Prisma pass it on. */
export function deadlineError(reason: DeadlineReason): Error & { code: string; severity: string } {
  return Object.assign(new Error(deadlineMessages[reason]), { code: QUERY_CANCELED, severity: "ERROR" });
}
