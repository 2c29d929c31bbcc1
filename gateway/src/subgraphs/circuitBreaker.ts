export type BreakerState = "closed" | "open" | "half_open";

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long the circuit stays open before one probe may pass, in ms. */
  openMs: number;
  /** Told of every change, for metrics and the log. */
  onChange?: (state: BreakerState) => void;
  now?: () => number;
}

/**
 * One subgraph's circuit breaker. Closed: calls pass, consecutive failures are counted. Open: calls
 * are refused at once, so a dead subgraph costs callers nothing. After `openMs` it is half-open:
 * exactly one probe passes; its success closes the circuit, its failure opens it again.
 *
 * A failure a caller may have caused (a timeout or 5xx of its own expensive operation) is
 * attributed to that caller and counts once per caller in a run of failures, so one caller, however
 * many requests it sends at once, cannot open the circuit for everyone. Failures no caller can cause
 * (the subgraph refusing connections) count every time.
 */
export class CircuitBreaker {
  #state: BreakerState = "closed";
  #failures = 0;
  /** Callers already counted in the current run of failures. */
  readonly #culprits = new Set<string>();
  #openedAt = 0;
  #probing = false;
  readonly #options: CircuitBreakerOptions;
  readonly #now: () => number;

  constructor(options: CircuitBreakerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.#state;
  }

  /** Whether a call may go out now; a `true` in half-open state makes that call the probe. */
  tryAcquire(): boolean {
    if (this.#state === "closed") return true;
    if (this.#state === "open") {
      if (this.#now() - this.#openedAt < this.#options.openMs) return false;
      this.#set("half_open");
    }
    if (this.#probing) return false;
    this.#probing = true;
    return true;
  }

  succeeded(): void {
    this.#failures = 0;
    this.#culprits.clear();
    this.#probing = false;
    if (this.#state !== "closed") this.#set("closed");
  }

  /**
   * Records a call its caller gave up on (hung up): it says nothing of the subgraph's health, so
   * nothing is counted, and a probe gives way to the next call.
   */
  abandoned(): void {
    this.#probing = false;
  }

  /** Records a failed call; `culprit` names the caller whose operation may have caused it. */
  failed(culprit?: string): void {
    const probe = this.#probing;
    this.#probing = false;
    if (culprit !== undefined && this.#culprits.has(culprit) && !probe) return;
    if (culprit !== undefined) this.#culprits.add(culprit);
    this.#failures += 1;
    if (this.#state === "half_open" || (this.#state === "closed" && this.#failures >= this.#options.failures)) {
      this.#openedAt = this.#now();
      this.#culprits.clear();
      this.#set("open");
    }
  }

  #set(state: BreakerState): void {
    this.#state = state;
    this.#options.onChange?.(state);
  }
}
