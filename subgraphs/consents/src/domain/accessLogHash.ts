import { createHash } from "node:crypto";

/** The hash before the first entry of the chain. */
export const GENESIS_HASH = "0".repeat(64);

/** One access log entry as it is stored and hashed (käyttöloki). */
export interface StoredLogEntry {
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

/**
 * The canonical form of an entry: a JSON array in a fixed field order, so the same entry always
 * hashes the same whatever the order its object was built in.
 */
export function canonicalEntry(entry: StoredLogEntry): string {
  return JSON.stringify([
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
  ]);
}

/** sha256(previous hash ‖ canonical entry): altering or removing an entry breaks every link after it. */
export function chainHash(previousHash: string, entry: StoredLogEntry): string {
  return createHash("sha256").update(previousHash).update("\n").update(canonicalEntry(entry)).digest("hex");
}
