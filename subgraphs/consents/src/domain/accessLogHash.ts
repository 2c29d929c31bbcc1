import { createHash, hash } from "node:crypto";

/** The hash before the first seal of the chain (and before the first entry of the first log's chain). */
export const GENESIS_HASH = "0".repeat(64);

/**
 * What was decided for one category of a client's data within an entry: the action, the outcome
 * and its basis (Act 703/2023: what data, what action, on what basis, with what outcome).
 */
export interface LogItem {
  category: string;
  action: string;
  outcome: "allowed" | "denied";
  basis: string;
  consentId: string | null;
  teamId: string | null;
  relationshipId: string | null;
  statutoryBasisId: string | null;
  /** The service task the data belongs to, when the request named one. */
  serviceTask: string | null;
}

/**
 * One access log entry (käyttöloki) as it is stored and hashed: one viewer's use of one client's
 * data within one decision batch of a request, with every category decided in it. Who (viewer,
 * organisation, roles), whose data (client), when, why (purpose), from where (request, subgraph),
 * and per category what, how, on what basis and with what outcome.
 */
export interface StoredLogEntry {
  at: string;
  viewerId: string;
  viewerKind: string;
  organizationId: string | null;
  roles: string[];
  clientId: string;
  purpose: string | null;
  requestId: string;
  source: string;
  items: LogItem[];
}

/**
 * The canonical form of an entry: a JSON array in a fixed field order (items as fixed arrays too),
 * so the same entry always hashes the same whatever order its objects were built or stored in.
 */
export function canonicalEntry(entry: StoredLogEntry): string {
  return JSON.stringify([
    entry.at,
    entry.viewerId,
    entry.viewerKind,
    entry.organizationId,
    entry.roles,
    entry.clientId,
    entry.purpose,
    entry.requestId,
    entry.source,
    canonicalItems(entry.items),
  ]);
}

/** An entry's items as fixed arrays, in both entry formats' canonical form. */
function canonicalItems(items: LogItem[]): unknown[][] {
  return items.map((item) => [
    item.category,
    item.action,
    item.outcome,
    item.basis,
    item.consentId,
    item.teamId,
    item.relationshipId,
    item.statutoryBasisId,
    item.serviceTask,
  ]);
}

/** sha256 of the canonical entry: written with the entry, recomputed by the verifier. */
export function entryHash(entry: StoredLogEntry): string {
  return createHash("sha256").update(canonicalEntry(entry)).digest("hex");
}

/**
 * What the entries of one decision batch share, stored once for the batch (`access_log_context`):
 * who asked (viewer, organisation, roles), why (purpose), from where (request, subgraph), and when.
 */
export type LogContext = Pick<
  StoredLogEntry,
  "at" | "viewerId" | "viewerKind" | "organizationId" | "roles" | "purpose" | "requestId" | "source"
>;

/** sha256 of the canonical context (a JSON array in a fixed order, tagged so no entry can hash the same). */
export function contextHash(context: LogContext): string {
  return hash(
    "sha256",
    JSON.stringify([
      "context",
      context.at,
      context.viewerId,
      context.viewerKind,
      context.organizationId,
      context.roles,
      context.purpose,
      context.requestId,
      context.source,
    ]),
    "hex",
  );
}

/**
 * The hash of an entry stored beside its context: sha256 over the context's hash, then the entry's
 * own fields (time, client, items as in canonicalEntry). Covering the context's hash binds the entry
 * to its context's content: an edited context, or the entry moved to another, no longer gives the
 * entry's hash, and as the seals digest entry hashes, they cover the contexts through them.
 */
export function contextEntryHash(contextHashHex: string, entry: Pick<StoredLogEntry, "at" | "clientId" | "items">): string {
  // The one-shot hash: the same digest as createHash().update().digest(), without a Hash object per entry.
  return hash("sha256", JSON.stringify(["entry", contextHashHex, entry.at, entry.clientId, canonicalItems(entry.items)]), "hex");
}

/**
 * The digest of one sealed batch: sha256 over its entries' ids and hashes in the batch's order. An
 * entry edited, removed, added, moved to another batch or swapped with another changes it.
 */
export class BatchDigest {
  private readonly hash = createHash("sha256");
  private count = 0;

  add(id: string, hash: string): void {
    this.hash.update(`${id}:${hash}\n`);
    this.count += 1;
  }

  get entries(): number {
    return this.count;
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/** A seal of the access log: a batch of entries (by writing transaction) and its link in the chain of seals. */
export interface Seal {
  seq: string;
  /**
   * The PostgreSQL snapshot (xmin:xmax:xip) the seal was taken under. Its batch: the entries whose
   * writing transaction this snapshot sees as committed and the previous seal's did not.
   */
  snapshot: string;
  entries: number;
  root: string;
}

/** sha256(previous seal's hash ‖ seal): altering, removing or reordering a seal breaks every link after it. */
export function sealHash(previousHash: string, seal: Seal): string {
  return createHash("sha256")
    .update(previousHash)
    .update("\n")
    .update(JSON.stringify([seal.seq, seal.snapshot, seal.entries, seal.root]))
    .digest("hex");
}

/**
 * The entry hashes of the first access log (one row per category, each chained to the row before
 * it), kept to verify the rows written before the log was sealed in batches (table access_log_v1).
 */
export interface LegacyLogEntry {
  at: string;
  viewerId: string;
  viewerKind: string;
  organizationId: string | null;
  roles: string[];
  clientId: string;
  category: string;
  action: string;
  purpose: string | null;
  basis: string;
  consentId: string | null;
  teamId: string | null;
  relationshipId: string | null;
  statutoryBasisId: string | null;
  outcome: "allowed" | "denied";
  requestId: string;
  source: string;
}

/** sha256(previous hash ‖ canonical legacy entry), as the first log chained its rows. */
export function legacyChainHash(previousHash: string, entry: LegacyLogEntry): string {
  return createHash("sha256")
    .update(previousHash)
    .update("\n")
    .update(
      JSON.stringify([
        entry.at,
        entry.viewerId,
        entry.viewerKind,
        entry.organizationId,
        entry.roles,
        entry.clientId,
        entry.category,
        entry.action,
        entry.purpose,
        entry.basis,
        entry.consentId,
        entry.teamId,
        entry.relationshipId,
        entry.statutoryBasisId,
        entry.outcome,
        entry.requestId,
        entry.source,
      ]),
    )
    .digest("hex");
}
