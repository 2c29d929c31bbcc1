import type { AccessDecision, AccessRequest, Viewer } from "@silta/kernel";

export interface ScopeDecisionsOptions {
  /** How long a scope's decisions are kept after its first, in ms: longer than any request may run. */
  ttlMs?: number;
  /** The most decisions kept in all; the oldest scopes make room (their reads are then decided again). */
  maxDecisions?: number;
  now?: () => number;
}

interface Scope {
  /** The viewer the scope's decisions were made for, as JSON: a scope answers no one else. */
  viewer: string;
  expiresAt: number;
  decisions: Map<string, AccessDecision>;
}

/**
 * The reads decided and logged within each request's decision scope (minted by the gateway per
 * GraphQL request and signed into its viewer headers, so no caller can name another request's), so
 * that a later call of the same request asking the same read is answered from that decision rather
 * than decided and logged again: a list's page decides the reads the rest of the plan makes of its
 * clients (the gateway's follow-up reads), and the subgraphs that then make them are answered here.
 * Only reads that were logged are kept: a list's hidden rows, decided but not logged, are not.
 *
 * A read of one service task's data is answered by an allowed read of the category with no task:
 * a ban of any task covers untagged data too (`banCovers`), and nothing else in the rules looks at
 * the task, so a client whose untagged data the viewer may read has no ban covering any task's, and
 * every task's read is decided as the untagged one was. Its log entry, of the whole category, covers it.
 *
 * Within one request only: a revocation still decides the very next request (docs/access.md).
 */
export class ScopeDecisions {
  private readonly scopes = new Map<string, Scope>();
  private held = 0;
  private readonly ttlMs: number;
  private readonly maxDecisions: number;
  private readonly now: () => number;

  constructor(options: ScopeDecisionsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxDecisions = options.maxDecisions ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** The decision already made and logged in `scope` for each request, or undefined where none was. */
  known(scope: string, viewer: Viewer, requests: readonly AccessRequest[]): (AccessDecision | undefined)[] {
    const kept = this.scopes.get(scope);
    if (!kept) return requests.map(() => undefined);
    if (this.now() >= kept.expiresAt || kept.viewer !== JSON.stringify(viewer)) return requests.map(() => undefined);
    return requests.map((request) => {
      const key = readKeyOf(request);
      if (key === undefined) return undefined;
      const exact = kept.decisions.get(key);
      if (exact || !request.serviceTask) return exact;
      const untagged = kept.decisions.get(readKeyOf({ ...request, serviceTask: undefined })!);
      return untagged?.allowed ? untagged : undefined;
    });
  }

  /** Keeps the decisions of reads just decided and logged (committed) in `scope`. */
  remember(scope: string, viewer: Viewer, requests: readonly AccessRequest[], decisions: readonly AccessDecision[]): void {
    const now = this.now();
    let kept = this.scopes.get(scope);
    const who = JSON.stringify(viewer);
    if (kept && (now >= kept.expiresAt || kept.viewer !== who)) {
      this.drop(scope, kept);
      kept = undefined;
    }
    if (!kept) this.scopes.set(scope, (kept = { viewer: who, expiresAt: now + this.ttlMs, decisions: new Map() }));
    requests.forEach((request, index) => {
      const key = readKeyOf(request);
      if (key === undefined || kept.decisions.has(key)) return;
      kept.decisions.set(key, decisions[index]!);
      this.held++;
    });
    this.sweep(scope, now);
  }

  /**
   * Drops the oldest scopes (a Map iterates in insertion order, which is their expiry's) while they
   * have expired or more than the bound is kept.
   */
  private sweep(current: string, now: number): void {
    for (const [scope, kept] of this.scopes) {
      if (scope === current || (now < kept.expiresAt && this.held <= this.maxDecisions)) return;
      this.drop(scope, kept);
    }
  }

  private drop(scope: string, kept: Scope): void {
    this.held -= kept.decisions.size;
    this.scopes.delete(scope);
  }
}

/** A plain read's key (client, category, service task); undefined for anything else, which is never kept. */
function readKeyOf(request: AccessRequest): string | undefined {
  if (request.action !== "read" || request.refusal || request.grantedOrganizationId) return undefined;
  return `${request.clientId}|${request.category}|${request.serviceTask ?? ""}`;
}
