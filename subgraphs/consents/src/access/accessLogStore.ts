import type { Sql } from "@silta/kernel";
import { chainHash, GENESIS_HASH, type StoredLogEntry } from "../domain/accessLogHash";

/** Serialises appends across every process writing the log, so the chain has one order. */
const APPEND_LOCK = "7315240001";
/** Rows per INSERT: the arrays stay small however large a batch is. */
const CHUNK = 1_000;

/**
 * Appends entries to the hash-chained access log (käyttöloki) in one transaction: takes the
 * append lock, reads the last hash, and inserts every entry with its link. Resolves only when the
 * entries are committed; any failure rejects, and the caller returns no data.
 */
export async function appendAccessLog(sql: Sql, entries: StoredLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${APPEND_LOCK}::bigint)`);
    const [last] = await tx.query<{ hash: string }>(`SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1`);
    let previous = last?.hash ?? GENESIS_HASH;
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      const links = chunk.map((entry) => {
        const hash = chainHash(previous, entry);
        const link = { previous, hash };
        previous = hash;
        return link;
      });
      const column = <Value>(pick: (entry: StoredLogEntry) => Value) => chunk.map(pick);
      await tx.query(
        `INSERT INTO access_log (at, viewer_id, viewer_kind, organization_id, roles, client_id, category, action, purpose,
                                 basis, consent_id, team_id, relationship_id, statutory_basis_id, outcome, request_id,
                                 source, prev_hash, hash)
         SELECT u.at, u.viewer_id, u.viewer_kind, u.organization_id,
                ARRAY(SELECT jsonb_array_elements_text(u.roles::jsonb)), u.client_id, u.category, u.action, u.purpose,
                u.basis, u.consent_id, u.team_id, u.relationship_id, u.statutory_basis_id, u.outcome, u.request_id,
                u.source, u.prev_hash, u.hash
           FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                       $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
                WITH ORDINALITY AS u(at, viewer_id, viewer_kind, organization_id, roles, client_id, category, action,
                                     purpose, basis, consent_id, team_id, relationship_id, statutory_basis_id, outcome,
                                     request_id, source, prev_hash, hash, ord)
          ORDER BY u.ord`,
        [
          column((entry) => entry.at),
          column((entry) => entry.viewerId),
          column((entry) => entry.viewerKind),
          column((entry) => entry.organizationId),
          column((entry) => JSON.stringify(entry.roles)),
          column((entry) => entry.clientId),
          column((entry) => entry.category),
          column((entry) => entry.action),
          column((entry) => entry.purpose),
          column((entry) => entry.basis),
          column((entry) => entry.consentId),
          column((entry) => entry.teamId),
          column((entry) => entry.relationshipId),
          column((entry) => entry.statutoryBasisId),
          column((entry) => entry.outcome),
          column((entry) => entry.requestId),
          column((entry) => entry.source),
          links.map((link) => link.previous),
          links.map((link) => link.hash),
        ],
      );
    }
  });
}

export interface LogRow {
  seq: string;
  at: Date;
  viewer_id: string;
  viewer_kind: string;
  organization_id: string | null;
  roles: string[] | null;
  client_id: string;
  category: string;
  action: string;
  purpose: string | null;
  basis: string;
  consent_id: string | null;
  team_id: string | null;
  relationship_id: string | null;
  statutory_basis_id: string | null;
  outcome: "allowed" | "denied";
  request_id: string;
  source: string;
  prev_hash: string;
  hash: string;
}

/** A stored row back in the shape it was hashed in. */
export function entryOfRow(row: LogRow): StoredLogEntry {
  return {
    at: new Date(row.at).toISOString(),
    viewerId: row.viewer_id,
    viewerKind: row.viewer_kind,
    organizationId: row.organization_id,
    roles: row.roles ?? [],
    clientId: row.client_id,
    category: row.category,
    action: row.action,
    purpose: row.purpose,
    basis: row.basis,
    consentId: row.consent_id,
    teamId: row.team_id,
    relationshipId: row.relationship_id,
    statutoryBasisId: row.statutory_basis_id,
    outcome: row.outcome,
    requestId: row.request_id,
    source: row.source,
  };
}
