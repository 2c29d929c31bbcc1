import type { Sql } from "@silta/kernel";

/** The log's insert-only tables, whose triggers the owner disables to tamper. */
export const LOG_TABLES = ["access_log", "access_log_context", "access_log_seal"];

/** Runs `statement` as someone with the owner's role could: with the log's append-only triggers off. */
export async function tamperWithLog(sql: Sql, statement: string, params: unknown[] = []): Promise<void> {
  await sql.exec(LOG_TABLES.map((table) => `ALTER TABLE ${table} DISABLE TRIGGER USER;`).join(" "));
  try {
    await sql.query(statement, params);
  } finally {
    await sql.exec(LOG_TABLES.map((table) => `ALTER TABLE ${table} ENABLE TRIGGER USER;`).join(" "));
  }
}

/** The entries' ids in the order they are sealed: by writing transaction, then id. */
export async function entryIdsInSealOrder(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id::text AS id FROM access_log ORDER BY access_log.write_xid, access_log.id`,
  );
  return rows.map((row) => row.id);
}
