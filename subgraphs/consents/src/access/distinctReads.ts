import type { AccessDecision, AccessRequest, DataCategory } from "@silta/kernel";

/** One distinct read of a list's call: the request decided once, and its decision once made. */
export interface DistinctRead {
  readonly request: AccessRequest;
  decision?: AccessDecision;
}

/**
 * The distinct reads (client, category, service task) a list's call names, however many of its rows
 * or page reads name each: the same read is the same object, so it is decided, logged and answered
 * once. Found by client, then category (and task): a list of 727 rows names each read two or three
 * times, and a key string built for every lookup (`client|category|task`) was a third of the
 * consents service's CPU for an area team page (docs/benchmarks.md, "Fifteenth sitting").
 */
export class DistinctReads {
  private readonly byClient = new Map<string, Map<string, DistinctRead>>();
  private readonly reads: DistinctRead[] = [];

  /** The read of `clientId`'s data in `category` (for `serviceTask`, when one is given), made once. */
  readOf(clientId: string, category: DataCategory, serviceTask?: string | null): DistinctRead {
    let ofClient = this.byClient.get(clientId);
    if (!ofClient) this.byClient.set(clientId, (ofClient = new Map()));
    // No category holds a "|": a task's key never meets a plain category's.
    const key = serviceTask ? `${category}|${serviceTask}` : category;
    let read = ofClient.get(key);
    if (!read) {
      read = { request: { clientId, category, action: "read", ...(serviceTask ? { serviceTask } : {}) } };
      ofClient.set(key, read);
      this.reads.push(read);
    }
    return read;
  }

  /** Every read made so far, in the order first named. */
  all(): readonly DistinctRead[] {
    return this.reads;
  }

  /** Forgets every decision (a batch decided again, on fresher facts). */
  undecide(): void {
    for (const read of this.reads) read.decision = undefined;
  }
}

/** Each read once, in the order first met. */
export function distinct(reads: readonly DistinctRead[]): DistinctRead[] {
  return [...new Set(reads)];
}
