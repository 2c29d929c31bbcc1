import { createHmac } from "node:crypto";
import type { PseudonymDomain } from "./Dataset";

/**
 * Replaces person identifiers by a keyed hash (HMAC-SHA256) with the destination's own key: the same
 * person has the same pseudonym in every dataset sent to one destination, so the lake can join
 * them, but different pseudonyms at two destinations, so two recipients cannot join theirs. The key
 * never leaves Silta; without it a pseudonym cannot be reversed or recomputed from an id.
 */
export class Pseudonymiser {
  private readonly key: Buffer;

  constructor(
    readonly destination: string,
    key: string,
  ) {
    this.key = Buffer.from(key, "utf8");
  }

  /** 64 hex characters. The domain keeps a client and a professional apart even if ids collided. */
  pseudonym(domain: PseudonymDomain, id: string): string {
    return createHmac("sha256", this.key).update(`${domain}:${id}`).digest("hex");
  }
}
