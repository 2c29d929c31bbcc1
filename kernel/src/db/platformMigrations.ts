import { join } from "node:path";
import type { Sql } from "./Database";

/**
 * The platform's own tables, the same in every subgraph's schema: the event outbox and aggregate
 * versions, processed events, idempotency keys and the export's change-tracking trigger function.
 * The migrator applies them before a subgraph's own migrations and records them in their own table,
 * so `_prisma_migrations` keeps exactly the subgraph's `prisma/migrations` (docs/decisions/0001).
 */
export const PLATFORM_MIGRATIONS_DIR = join(__dirname, "..", "..", "migrations");

export const PLATFORM_MIGRATIONS_TABLE = "_platform_migrations";

export interface CreatedObjects {
  /** Tables and indexes, by name. */
  relations: string[];
  functions: string[];
}

/** What a platform migration creates, read from its `CREATE TABLE | [UNIQUE] INDEX | FUNCTION "name"` statements. */
export function objectsCreatedBy(sql: string): CreatedObjects {
  const names = (pattern: RegExp) => [...sql.matchAll(pattern)].map((match) => match[1]!);
  return {
    relations: [...names(/^CREATE TABLE "(\w+)"/gm), ...names(/^CREATE (?:UNIQUE )?INDEX "(\w+)"/gm)],
    functions: names(/^CREATE FUNCTION "(\w+)"/gm),
  };
}

/**
 * Whether a platform migration not yet recorded must run, or is already there: until December 2026
 * each subgraph's own migrations created these objects, so a schema migrated then has them all and
 * the platform migration is only recorded ("adopted"), never run again. A schema with some of them
 * and not others was changed by hand: refuse, naming what is missing, rather than guess.
 */
export async function platformMigrationState(tx: Sql, name: string, sql: string): Promise<"apply" | "adopt"> {
  const created = objectsCreatedBy(sql);
  const existing = new Set<string>();
  for (const relation of created.relations) {
    if (await existsInSchema(tx, "pg_class", "relname", "relnamespace", relation)) existing.add(relation);
  }
  for (const fn of created.functions) {
    if (await existsInSchema(tx, "pg_proc", "proname", "pronamespace", fn)) existing.add(fn);
  }
  const all = [...created.relations, ...created.functions];
  if (existing.size === 0) return "apply";
  if (existing.size === all.length) return "adopt";
  const missing = all.filter((object) => !existing.has(object));
  throw new Error(
    `Platform migration ${name} finds part of what it creates already in the schema, without ${missing.join(", ")}: restore those (or drop the rest) by hand first.`,
  );
}

/** Looks in the migrated schema only: another schema on the search path may hold the same names. */
async function existsInSchema(
  tx: Sql,
  catalog: string,
  nameColumn: string,
  namespaceColumn: string,
  name: string,
): Promise<boolean> {
  const [row] = await tx.query<{ exists: boolean }>(
    `SELECT EXISTS (SELECT FROM ${catalog} WHERE ${nameColumn} = $1 AND ${namespaceColumn} = current_schema()::regnamespace) AS exists`,
    [name],
  );
  return row?.exists ?? false;
}
