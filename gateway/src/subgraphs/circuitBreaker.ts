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
 */
export class CircuitBreaker {
  #state: BreakerState = "closed";
  #failures = 0;
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
    this.#probing = false;
    if (this.#state !== "closed") this.#set("closed");
  }

  failed(): void {
    this.#probing = false;
    this.#failures += 1;
    if (this.#state === "half_open" || (this.#state === "closed" && this.#failures >= this.#options.failures)) {
      this.#openedAt = this.#now();
      this.#set("open");
    }
  }

  #set(state: BreakerState): void {
    this.#state = state;
    this.#options.onChange?.(state);
  }
}
