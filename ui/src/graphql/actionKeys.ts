/**
 * One UUID per user action, for the hub's retry safety (docs/idempotency.md): an `Idempotency-Key`,
 * or a client-chosen `input.id`. Trying the same action again after it failed (the same variables:
 * the person pressed the button again after a network error) reuses its key, so if the first try
 * did reach the hub, the retry is answered from it and changes nothing twice. After a success, or
 * with other variables, it is a new action with a new key (reusing a key with other input would be
 * refused as CONFLICT).
 */
export class ActionKeys {
  private pending: { variables: string; key: string } | undefined;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key of the action with these variables: the pending one's on a retry, else a new one. */
  keyFor(variables: unknown): string {
    const serialized = JSON.stringify(variables);
    if (this.pending?.variables !== serialized) this.pending = { variables: serialized, key: this.newKey() };
    return this.pending.key;
  }

  /** The action succeeded: the next one, even with the same variables, is a new action. */
  succeeded(): void {
    this.pending = undefined;
  }
}
