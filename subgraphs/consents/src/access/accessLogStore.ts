import {
  accessLogEntry,
  type AccessDecision,
  type AccessLogContext,
  type AccessLogEntry,
  type AccessRequest,
  type Viewer,
  type Sql,
} from "@silta/kernel";
import {
  contextEntryHash,
  contextHash,
  type LegacyLogEntry,
  type LogContext,
  type LogItem,
  type StoredLogEntry,
} from "../domain/accessLogHash";
import { Prisma } from "../data/prisma/client";
import { itemsOfStored, storedItems } from "../domain/storedLogItems";

/** Entries per INSERT: the arrays stay small however large a batch is. */
const CHUNK = 1_000;

/** One decision as the kernel builds it (accessLogEntry); `access_log` is a category of this service's own. */
export type LoggedDecision = Omit<AccessLogEntry, "category" | "action"> & { category: string; action: string };

function sameContext(a: LogContext, b: LogContext): boolean {
  return (
    a.at === b.at &&
    a.viewerId === b.viewerId &&
    a.viewerKind === b.viewerKind &&
    a.organizationId === b.organizationId &&
    a.purpose === b.purpose &&
    a.requestId === b.requestId &&
    a.source === b.source &&
    (a.roles === b.roles || (a.roles.length === b.roles.length && a.roles.every((role, index) => role === b.roles[index])))
  );
}

/**
 * Splits entries by context, keeping their order; a batch has one context, so this is one linear
 * pass (no key is built per entry: at 2,572 decisions a JSON key each cost as much as the INSERT).
 */
function byContext<Entry extends LogContext>(entries: readonly Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const entry of entries) {
    const group = groups.find((candidate) => sameContext(candidate[0]!, entry));
    if (group) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/**
 * The decisions of one batch (one row per client, category and action, as the guard asks) as log
 * entries: one per client and context, carrying each category's action, outcome and basis. An area
 * team view of 643 clients × 4 categories is 643 entries, not 2,572.
 */
export function groupLogEntries(decisions: readonly LoggedDecision[]): StoredLogEntry[] {
  const result: StoredLogEntry[] = [];
  for (const group of byContext(decisions)) {
    const entries = new Map<string, StoredLogEntry>();
    for (const decision of group) {
      let entry = entries.get(decision.clientId);
      if (!entry) {
        entry = {
          at: decision.at,
          viewerId: decision.viewerId,
          viewerKind: decision.viewerKind,
          organizationId: decision.organizationId,
          roles: decision.roles,
          clientId: decision.clientId,
          purpose: decision.purpose,
          requestId: decision.requestId,
          source: decision.source,
          items: [],
        };
        entries.set(decision.clientId, entry);
      }
      entry.items.push({
        category: decision.category,
        action: decision.action,
        outcome: decision.outcome,
        basis: decision.basis,
        consentId: decision.consentId ?? null,
        teamId: decision.teamId ?? null,
        relationshipId: decision.relationshipId ?? null,
        statutoryBasisId: decision.statutoryBasisId ?? null,
        serviceTask: decision.serviceTask ?? null,
      });
    }
    result.push(...entries.values());
  }
  return result;
}

/**
 * The entries of one decision batch of one viewer: one per client, its items in the order asked.
 * The context comes from the kernel's accessLogEntry (one place decides what an entry records).
 */
export function batchLogEntries(
  viewer: Viewer,
  requests: readonly AccessRequest[],
  decisions: readonly AccessDecision[],
  context: AccessLogContext,
  at: string,
): StoredLogEntry[] {
  if (requests.length === 0) return [];
  const {
    clientId: _client,
    category: _category,
    action: _action,
    serviceTask: _task,
    ...shared
  } = accessLogEntry(viewer, requests[0]!, decisions[0]!, context, at);
  const entries = new Map<string, StoredLogEntry>();
  requests.forEach((request, index) => {
    const decision = decisions[index]!;
    let entry = entries.get(request.clientId);
    if (!entry) {
      entry = {
        at: shared.at,
        viewerId: shared.viewerId,
        viewerKind: shared.viewerKind,
        organizationId: shared.organizationId,
        roles: shared.roles,
        clientId: request.clientId,
        purpose: shared.purpose,
        requestId: shared.requestId,
        source: shared.source,
        items: [],
      };
      entries.set(request.clientId, entry);
    }
    entry.items.push({
      category: request.category,
      action: request.action,
      outcome: decision.allowed ? "allowed" : "denied",
      basis: decision.basis,
      consentId: decision.consentId ?? null,
      teamId: decision.teamId ?? null,
      relationshipId: decision.relationshipId ?? null,
      statutoryBasisId: decision.statutoryBasisId ?? null,
      serviceTask: request.serviceTask ?? null,
    });
  });
  return [...entries.values()];
}

/**
 * The append's statement: the context once, its entries beside it. ADR 0015's named exception: it
 * runs on the kernel's `Sql` (pg directly), not Prisma's raw path, which serialised its ~30 kB of
 * parameters to JSON and back on every call (docs/benchmarks-access.md, "The append on pg
 * directly, prepared"); and it is a prepared statement (`/* prepared *\/`: parsed and planned once
 * per connection, kernel/src/db/preparedStatements.ts; why that is safe: docs/access.md, "Prepared
 * appends"). Its text is constant: every value is a parameter.
 */
const APPEND = `/* prepared */ WITH context AS (
           INSERT INTO access_log_context (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source, hash)
           VALUES ($1::timestamptz, $2, $3, $4, $5::text[], $6, $7, $8, $9) RETURNING id)
         INSERT INTO access_log (at, context_id, client_id, items, hash)
         SELECT $1::timestamptz, (SELECT id FROM context), u.entry->>0, u.entry->1, u.entry->>2
           FROM jsonb_array_elements($10::jsonb) WITH ORDINALITY AS u(entry, ord)
          ORDER BY u.ord`;

/** {@link APPEND} written only while the facts' version is `$11`, answering how many entries it wrote. */
const APPEND_AT_VERSION = `/* prepared */ WITH facts AS (SELECT version::text AS version FROM access_facts_version),
          context AS (
            INSERT INTO access_log_context (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source, hash)
            SELECT $1::timestamptz, $2::text, $3::text, $4::text, $5::text[], $6::text, $7::text, $8::text, $9::text
              FROM facts WHERE facts.version = $11::text
            RETURNING id),
          entries AS (
            INSERT INTO access_log (at, context_id, client_id, items, hash)
            SELECT $1::timestamptz, context.id, u.entry->>0, u.entry->1, u.entry->>2
              FROM context, jsonb_array_elements($10::jsonb) WITH ORDINALITY AS u(entry, ord)
             ORDER BY u.ord
            RETURNING 1)
     SELECT count(*)::int AS written FROM entries`;

/** `$1`–`$9` of both statements: the context's fields and its hash. */
function contextParameters(shared: StoredLogEntry, context: string): unknown[] {
  return [...contextFields(shared), context];
}

/**
 * A batch's context as statements take it, `$1`–`$8`: time, viewer id and kind, organisation, roles,
 * purpose, request id, source (the appends here, and the earlier formats' appends `npm run
 * bench:access` compares them with).
 */
export function contextFields(shared: LogContext): unknown[] {
  return [
    shared.at,
    shared.viewerId,
    shared.viewerKind,
    shared.organizationId,
    shared.roles,
    shared.purpose,
    shared.requestId,
    shared.source,
  ];
}

/**
 * Appends entries to the access log (käyttöloki): per batch context (one viewer, request and time:
 * a decision batch is one) and thousand entries, one statement that writes the context once
 * (`access_log_context`, with its hash) and the entries beside it, each with only its time, client,
 * items and hash (covering the context's hash) and the context's id. No lock: entries of concurrent
 * requests go in side by side. The sealer (accessLogSealer.ts) chains them into a seal shortly
 * after. Resolves only when the entries are committed; any failure rejects, and the caller returns
 * no data.
 */
export async function appendAccessLog(sql: Sql, entries: readonly StoredLogEntry[]): Promise<void> {
  for (const group of byContext(entries)) {
    const shared = group[0]!;
    const context = contextHash(shared);
    for (let start = 0; start < group.length; start += CHUNK) {
      const chunk = group.slice(start, start + CHUNK);
      // One statement, so the context and its entries commit together (or not at all).
      await sql.query(APPEND, [...contextParameters(shared, context), entriesParameter(context, chunk)]);
    }
  }
}

/**
 * {@link appendAccessLog} of one batch decided on kept facts (keptFacts.ts), written only if the
 * facts' version is still `version` when the statement runs: the version is read in the same
 * statement (one snapshot) as the entries are written, so a batch whose facts changed meanwhile
 * writes nothing and answers false, and its caller decides afresh. What it saves is the statement that
 * read the version before deciding. Answers false too for what one statement cannot hold (more than
 * one context, or more than a chunk of entries).
 */
export async function appendAccessLogAtVersion(sql: Sql, entries: readonly StoredLogEntry[], version: string): Promise<boolean> {
  const groups = byContext(entries);
  if (groups.length !== 1 || entries.length > CHUNK) return false;
  const shared = entries[0]!;
  const context = contextHash(shared);
  const [row] = await sql.query<{ written: number }>(APPEND_AT_VERSION, [
    ...contextParameters(shared, context),
    entriesParameter(context, entries),
    version,
  ]);
  return Number(row?.written ?? 0) === entries.length;
}

/**
 * The entries of one statement as its one parameter: a JSON array of `[client id, stored items, hash]`,
 * expanded by `jsonb_array_elements` in the statement, in order. One string instead of three arrays
 * of 79–1,000 values each: pg does not walk and escapes every value, and
 * PostgreSQL parses one jsonb instead of three text arrays and then each entry's items again. The
 * items are stored in runs (`storedItems`).
 */
function entriesParameter(context: string, entries: readonly StoredLogEntry[]): string {
  return JSON.stringify(entries.map((entry) => [entry.clientId, storedItems(entry.items), contextEntryHash(context, entry)]));
}

/**
 * A row of the view `access_log_entries`: an entry with its context's fields, whichever format it
 * was written in (before 2026-12-06 with the fields in the entry and no context).
 */
export interface LogRow {
  id: string;
  at: Date;
  viewer_id: string;
  viewer_kind: string;
  organization_id: string | null;
  roles: string[] | null;
  client_id: string;
  purpose: string | null;
  request_id: string;
  source: string;
  /** Stored items (`storedItems`), or one object per item; from `access_log_entries`, always objects. */
  items: unknown[] | string;
  hash: string;
  /** Null for an entry written before contexts (its hash is entryHash of the whole entry). */
  context_id?: string | null;
  /** The context's stored hash; null when the entry has no context, or its context is gone. */
  context_hash?: string | null;
}

/** The columns of `access_log_entries` an entry is read (and verified) with. */
export const LOG_ROW_COLUMNS = Prisma.sql`id::text AS id, at, viewer_id, viewer_kind, organization_id, roles, client_id, purpose,
                                request_id, source, items, hash, context_id::text AS context_id, context_hash`;

/**
 * {@link LOG_ROW_COLUMNS} read from `access_log` joined to `access_log_context` (as the view
 * `access_log_entries` joins them), with the items as stored. The view shows them as objects by a SQL
 * function, at about 18 µs an entry: `audit:verify` took 31.5 s over 830,170 entries reading the
 * view, 11.0 s reading these (docs/access.md, "A run after the checkpoint"). `entryOfRow` takes either.
 * An entry written before contexts holds the context's fields itself (its `context_id` is null).
 */
export const STORED_LOG_ROW_COLUMNS = Prisma.sql`access_log.id::text AS id, access_log.at,
  CASE WHEN access_log.context_id IS NULL THEN access_log.viewer_id ELSE access_log_context.viewer_id END AS viewer_id,
  CASE WHEN access_log.context_id IS NULL THEN access_log.viewer_kind ELSE access_log_context.viewer_kind END AS viewer_kind,
  CASE WHEN access_log.context_id IS NULL THEN access_log.organization_id ELSE access_log_context.organization_id END AS organization_id,
  CASE WHEN access_log.context_id IS NULL THEN access_log.roles ELSE access_log_context.roles END AS roles,
  access_log.client_id,
  CASE WHEN access_log.context_id IS NULL THEN access_log.purpose ELSE access_log_context.purpose END AS purpose,
  CASE WHEN access_log.context_id IS NULL THEN access_log.request_id ELSE access_log_context.request_id END AS request_id,
  CASE WHEN access_log.context_id IS NULL THEN access_log.source ELSE access_log_context.source END AS source,
  access_log.items, access_log.hash, access_log.context_id::text AS context_id, access_log_context.hash AS context_hash`;

/** {@link STORED_LOG_ROW_COLUMNS} as text, for a statement on the kernel's `Sql`. */
export const STORED_LOG_ROW_COLUMNS_TEXT = textOf(STORED_LOG_ROW_COLUMNS);

/** A fragment's text, which is whole only while it holds no values (one would be a `$1` bound to nothing). */
function textOf(fragment: Prisma.Sql): string {
  if (fragment.values.length > 0) throw new Error("a SQL fragment with values cannot be used as text");
  return fragment.text;
}

/** A stored row back in the shape it was hashed in. */
export function entryOfRow(row: LogRow): StoredLogEntry {
  const items = (typeof row.items === "string" ? JSON.parse(row.items) : row.items) as unknown[];
  return {
    at: new Date(row.at).toISOString(),
    viewerId: row.viewer_id,
    viewerKind: row.viewer_kind,
    organizationId: row.organization_id,
    roles: row.roles ?? [],
    clientId: row.client_id,
    purpose: row.purpose,
    requestId: row.request_id,
    source: row.source,
    items: itemsOfStored(items),
  };
}

/** A row of the first log (access_log_v1): one per client and category, chained row by row. */
export interface LegacyRow {
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

export const legacyEntryOfRow = (row: LegacyRow): LegacyLogEntry => ({
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
});
