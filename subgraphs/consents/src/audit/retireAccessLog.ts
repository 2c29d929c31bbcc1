import { createHash } from "node:crypto";
import type { Sql } from "@silta/kernel";
import { STORED_LOG_ROW_COLUMNS_TEXT } from "../access/accessLogStore";

/**
 * How long the access log must be kept: 12 years (Act 703/2023, docs/access.md). A month may be
 * retired once its last day is that much in the past; verify refuses a retirement of a younger month.
 */
export const ACCESS_LOG_RETENTION_YEARS = 12;

/** One retired month: its partition detached from the log, its entries counted and digested. */
export interface RetiredMonth {
  /** First day of the month (UTC), YYYY-MM-DD. */
  month: string;
  partition: string;
  entries: number;
  /** sha256 over every entry's id and hash, in id order: what an archive of the month must reproduce. */
  digest: string;
  /** Where the entries went, when they were archived and the partition dropped; else the detached table's name. */
  archivedTo: string | null;
}

export interface RetireOptions {
  now?: Date;
  /** At least ACCESS_LOG_RETENTION_YEARS (the law's minimum); a county may keep the log longer. */
  retentionYears?: number;
  /**
   * Writes a month's entries somewhere outside the database (a file, a WORM bucket) and returns
   * where; the partition is then dropped. Without it the partition is detached and kept as a table
   * of its own (renamed `access_log_retired_YYYY_MM`) for the database owner to archive and drop.
   */
  archive?: (month: string, pages: AsyncIterable<Record<string, unknown>[]>) => Promise<string>;
  /** Lists what would be retired and changes nothing. */
  dryRun?: boolean;
}

/**
 * A monthly partition's name, checked before it is quoted into DDL and `FROM` clauses (schema
 * maintenance, ADR 0015): the names come from the catalog, and anything but `access_log_YYYY_MM` is
 * refused rather than quoted.
 */
export function partitionName(name: string): string {
  if (!/^access_log_[0-9]{4}_(0[1-9]|1[0-2])$/.test(name))
    throw new Error(`not a monthly partition of the access log: ${JSON.stringify(name)}`);
  return name;
}

/** The sealer's lock (accessLogSealer.ts): no seal is taken while a month leaves the log. */
const SEAL_LOCK = "731524, hashtext(current_schema())";
const PAGE = 5_000;

/** The first day of the month `years` before `now`'s month: months that end on or before it are old enough. */
export function retentionHorizon(now: Date, years: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), 1));
}

/**
 * Retires every monthly partition of the access log whose month ended at least `retentionYears`
 * ago: counts and digests its entries, archives them when asked, detaches the partition and records
 * the retirement (`access_log_retirement`), one month per transaction under the sealer's lock.
 * Refuses a month with an entry no seal covers yet. Run as the owner of the consents schema (the
 * application role may detach nothing). The default partition (entries of months without one) is
 * never retired.
 */
export async function retireAccessLog(sql: Sql, options: RetireOptions = {}): Promise<RetiredMonth[]> {
  const years = options.retentionYears ?? ACCESS_LOG_RETENTION_YEARS;
  if (!Number.isInteger(years) || years < ACCESS_LOG_RETENTION_YEARS)
    throw new Error(
      `retention must be a whole number of years, at least ${ACCESS_LOG_RETENTION_YEARS} (Act 703/2023), is ${years}`,
    );
  const horizon = retentionHorizon(options.now ?? new Date(), years);
  const partitions = await sql.query<{ partition: string; month: string }>(
    `SELECT c.relname AS partition, to_char(to_date(substr(c.relname, 12), 'YYYY_MM'), 'YYYY-MM-DD') AS month
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'access_log'::regclass AND c.relname ~ '^access_log_[0-9]{4}_[0-9]{2}$'
        AND to_date(substr(c.relname, 12), 'YYYY_MM') + interval '1 month' <= $1::date
      ORDER BY c.relname`,
    [horizon.toISOString().slice(0, 10)],
  );
  const retired: RetiredMonth[] = [];
  for (const { partition: found, month } of partitions) {
    const partition = partitionName(found);
    if (options.dryRun) {
      const [count] = await sql.query<{ entries: number }>(`SELECT count(*)::int AS entries FROM "${partition}"`);
      retired.push({ month, partition, entries: count?.entries ?? 0, digest: "", archivedTo: null });
      continue;
    }
    retired.push(await sql.transaction((tx) => retireMonth(tx, partition, month, options.archive)));
  }
  return retired;
}

async function retireMonth(tx: Sql, partition: string, month: string, archive: RetireOptions["archive"]): Promise<RetiredMonth> {
  await tx.query(`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`);
  const [unsealed] = await tx.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "${partition}"
      WHERE NOT pg_visible_in_snapshot(write_xid, coalesce(
        (SELECT snapshot::pg_snapshot FROM access_log_seal ORDER BY access_log_seal.seq DESC LIMIT 1),
        '1:1:'::pg_snapshot))`,
  );
  if ((unsealed?.count ?? 0) > 0)
    throw new Error(
      `${partition} has ${unsealed!.count} entries no seal covers: run the consents service's sealer (or audit:verify) first`,
    );
  const digest = createHash("sha256");
  let entries = 0;
  async function* pages(): AsyncIterable<Record<string, unknown>[]> {
    let after = "0";
    for (;;) {
      const rows = await tx.query<Record<string, unknown> & { id: string; hash: string }>(
        // Each entry with its context's fields and hash (entries written before contexts carry their
        // own): an archived month can be checked on its own, and needs no table left behind.
        `SELECT ${STORED_LOG_ROW_COLUMNS_TEXT}, access_log.write_xid::text AS write_xid
           FROM "${partition}" AS access_log
           LEFT JOIN access_log_context ON access_log_context.id = access_log.context_id AND access_log_context.at = access_log.at
          WHERE access_log.id > $1::bigint ORDER BY access_log.id LIMIT ${PAGE}`,
        [after],
      );
      for (const row of rows) {
        digest.update(`${row.id}:${row.hash}\n`);
        entries += 1;
      }
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }
  let archivedTo: string | null = null;
  if (archive) archivedTo = await archive(month, pages());
  else for await (const _ of pages()); // counted and digested only
  await tx.exec(`ALTER TABLE access_log DETACH PARTITION "${partition}";`);
  const kept = partition.replace(/^access_log_/, "access_log_retired_");
  if (archivedTo) await tx.exec(`DROP TABLE "${partition}";`);
  else await tx.exec(`ALTER TABLE "${partition}" RENAME TO "${kept}";`);
  // The month's contexts (same `at` as their entries) leave with them, archived within the entries
  // above or kept beside them. A month older than contexts has no partition of them.
  const contexts = partition.replace(/^access_log_/, "access_log_context_");
  const [hasContexts] = await tx.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                     WHERE i.inhparent = 'access_log_context'::regclass AND c.relname = $1) AS found`,
    [contexts],
  );
  if (hasContexts?.found) {
    await tx.exec(`ALTER TABLE access_log_context DETACH PARTITION "${contexts}";`);
    if (archivedTo) await tx.exec(`DROP TABLE "${contexts}";`);
    else
      await tx.exec(
        `ALTER TABLE "${contexts}" RENAME TO "${contexts.replace(/^access_log_context_/, "access_log_context_retired_")}";`,
      );
  }
  const result: RetiredMonth = { month, partition, entries, digest: digest.digest("hex"), archivedTo: archivedTo ?? kept };
  await tx.query(
    `INSERT INTO access_log_retirement (month, partition, entries, digest, archived_to) VALUES ($1::date, $2, $3, $4, $5)`,
    [result.month, result.partition, result.entries, result.digest, result.archivedTo],
  );
  return result;
}
