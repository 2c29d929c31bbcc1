import type { Sql } from "@silta/kernel";
import { describeColumn, wherePart } from "./prismaSchemaShape";
import type { SchemaShape } from "./SchemaShape";

/** The migrator's own records (the subgraph's and the platform's migrations), which no schema.prisma declares. */
const MIGRATIONS_TABLES = ["_prisma_migrations", "_platform_migrations"];

/**
 * The shape the migrations actually built in `schema`, read from the PostgreSQL catalog. A table
 * partitioned by the migrations (relkind 'p', e.g. the consents access log by month) is compared as
 * the one table schema.prisma declares; its partitions, and the copies of its indexes on them, are
 * storage the migrations and services create, which schema.prisma cannot describe. So are an index's
 * `INCLUDE` columns (stored beside its keys for reads from the index alone): an index is compared by
 * its keys.
 */
export async function databaseSchemaShape(sql: Sql, schema: string): Promise<SchemaShape> {
  const columnRows = await sql.query<{
    table_name: string;
    column_name: string;
    type: string;
    nullable: boolean;
    has_default: boolean;
  }>(
    `SELECT c.relname AS table_name, a.attname AS column_name,
            regexp_replace(format_type(a.atttypid, a.atttypmod), '^[a-z_]+\\.', '') AS type,
            NOT a.attnotnull AS nullable, a.atthasdef AS has_default
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> ALL($2)`,
    [schema, MIGRATIONS_TABLES],
  );
  const indexRows = await sql.query<{
    table_name: string;
    columns: string;
    is_primary: boolean;
    is_unique: boolean;
    predicate: string | null;
  }>(
    `SELECT t.relname AS table_name, i.indisprimary AS is_primary, i.indisunique AS is_unique,
            pg_get_expr(i.indpred, i.indrelid) AS predicate,
            (SELECT string_agg(a.attname || CASE WHEN i.indoption[k.ordinality - 1] & 1 = 1 THEN ' desc' ELSE '' END, ', '
                               ORDER BY k.ordinality)
               FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
              WHERE k.ordinality <= i.indnkeyatts) AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND NOT t.relispartition AND t.relname <> ALL($2)`,
    [schema, MIGRATIONS_TABLES],
  );
  const foreignKeyRows = await sql.query<{ description: string }>(
    `SELECT src.relname || '(' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ordinality) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ordinality)
                                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum)
            || ') -> ' || dst.relname || '(' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ordinality) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ordinality)
                                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) || ')' AS description
       FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE n.nspname = $1 AND con.contype = 'f'`,
    [schema],
  );
  const enumRows = await sql.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
       JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
    [schema],
  );
  const enums: Record<string, string[]> = {};
  for (const row of enumRows) (enums[row.name] ??= []).push(row.value);
  return {
    columns: Object.fromEntries(
      columnRows.map((row) => [`${row.table_name}.${row.column_name}`, describeColumn(row.type, row.nullable, row.has_default)]),
    ),
    indexes: indexRows
      .map(
        (row) =>
          `${row.table_name}(${row.columns})${row.is_primary ? " primary" : row.is_unique ? " unique" : ""}${wherePart(row.predicate)}`,
      )
      .sort(),
    foreignKeys: foreignKeyRows.map((row) => row.description).sort(),
    enums,
  };
}
