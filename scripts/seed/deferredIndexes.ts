import type { Sql } from "@silta/kernel";

/** A secondary index taken off a table for the load: its name and how to build it again. */
export interface DeferredIndex {
  name: string;
  definition: string;
}

/**
 * Drops the secondary indexes of these (empty) tables, inside the caller's transaction, and returns
 * their definitions: building an index once over the loaded rows is several times cheaper than
 * updating it row by row, a trigram (GIN) index of names most of all. Primary keys and unique
 * indexes stay, so the load is still checked for duplicates and foreign keys still find their rows.
 */
export async function dropSecondaryIndexes(sql: Sql, tableNames: readonly string[]): Promise<DeferredIndex[]> {
  const indexes = await sql.query<DeferredIndex>(
    `SELECT index.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class index ON index.oid = i.indexrelid
       JOIN pg_class tab ON tab.oid = i.indrelid
      WHERE tab.relnamespace = current_schema()::regnamespace AND tab.relname = ANY($1::text[])
        AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY index.relname`,
    [[...new Set(tableNames)]],
  );
  if (indexes.length > 0) await sql.exec(indexes.map((index) => `DROP INDEX "${index.name}";`).join("\n"));
  return indexes;
}

/** Builds the indexes again, as they were defined, with the memory to sort each in one pass. */
export async function buildIndexes(sql: Sql, indexes: readonly DeferredIndex[]): Promise<void> {
  if (indexes.length === 0) return;
  await sql.exec(`SET LOCAL maintenance_work_mem = '256MB';\n${indexes.map((index) => `${index.definition};`).join("\n")}`);
}
