/**
 * A database schema reduced to what Prisma Client relies on, so the shape Prisma expects (from
 * schema.prisma) and the shape the migrations built (from the catalog) compare with `toEqual`.
 */
export interface SchemaShape {
  /** `table.column` → `type[ null][ default]`, type as PostgreSQL's format_type prints it. */
  columns: Record<string, string>;
  /** `table(col, col desc)` (` desc` for a key in descending order) plus ` primary` / ` unique`, and ` where <predicate>` of a partial index, sorted. */
  indexes: string[];
  /** `table(col) -> table(col)`, sorted. */
  foreignKeys: string[];
  /** Enum name → its values in order. */
  enums: Record<string, string[]>;
}
