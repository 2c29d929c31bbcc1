/**
 * Requests each client may have in flight at once. Subgraph calls share one connection pool per
 * subgraph (`SUBGRAPH_CONNECTIONS`); without a per-client bound, one client holding many slow
 * requests open would take every connection and make everyone else's calls queue into their
 * timeouts. Counts live in this process: in-flight requests are a property of one instance.
 */
export class InFlightLimiter {
  readonly #max: number;
  readonly #counts = new Map<string, number>();

  /** `max` 0 turns the bound off. */
  constructor(max: number) {
    this.#max = max;
  }

  get enabled(): boolean {
    return this.#max > 0;
  }

  /** Takes a slot for `client`; the returned release must be called once the request is answered. Undefined when it has none left. */
  tryAcquire(client: string): (() => void) | undefined {
    if (!this.enabled) return () => undefined;
    const count = this.#counts.get(client) ?? 0;
    if (count >= this.#max) return undefined;
    this.#counts.set(client, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.#counts.get(client) ?? 1) - 1;
      if (left > 0) this.#counts.set(client, left);
      else this.#counts.delete(client);
    };
  }
}
