/** How long a token's signature check is remembered. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** How many tokens are remembered at most; the longest remembered is forgotten first. */
export const VERIFIED_TOKEN_LIMIT = 10_000;

/**
 * The tokens whose signature the gateway checked in the last minute, whole (header, payload and
 * signature as sent), so that a caller's next requests with the same token skip the signature check
 * and the key look-up: checking a token took about 8 % of the gateway's CPU on a caseload, the
 * signature most of it (issue 18). What depends on the time is still checked on every request (the
 * expiry, `nbf`, with the clock tolerance), and any other text (one character of the signature
 * changed) is a token never seen. A key withdrawn from the identity provider's set stops its tokens
 * here within the minute, as jose's own key set cache already keeps a key for up to ten.
 */
export class VerifiedTokens {
  private readonly checkedAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = VERIFIED_TOKEN_TTL_MS,
    private readonly limit = VERIFIED_TOKEN_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `token`'s signature was checked less than the TTL ago. */
  has(token: string): boolean {
    const at = this.checkedAt.get(token);
    if (at === undefined) return false;
    if (this.now() - at < this.ttlMs) return true;
    this.checkedAt.delete(token);
    return false;
  }

  /** Remembers that `token`'s signature was just checked. */
  add(token: string): void {
    this.checkedAt.delete(token);
    // A Map iterates in insertion order: the first key is the one checked longest ago.
    if (this.checkedAt.size >= this.limit) this.checkedAt.delete(this.checkedAt.keys().next().value!);
    this.checkedAt.set(token, this.now());
  }

  get size(): number {
    return this.checkedAt.size;
  }
}
