/**
 * The GraphQL requests this instance is answering, and whether it is draining: `close` lets them
 * finish (up to its grace) before it cuts the connections still open.
 */
export class InFlightRequests {
  #count = 0;
  #draining = false;
  #drained: (() => void) | undefined;

  get draining(): boolean {
    return this.#draining;
  }

  get count(): number {
    return this.#count;
  }

  begin(): void {
    this.#count += 1;
  }

  end(): void {
    this.#count -= 1;
    if (this.#draining && this.#count === 0) this.#drained?.();
  }

  /** Refuses to wait for new requests from now on; resolves when the last one ends, or after `graceMs`. */
  async drain(graceMs: number): Promise<void> {
    this.#draining = true;
    if (this.#count === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => (this.#drained = resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
    ]);
  }
}
