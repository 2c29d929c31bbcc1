import type { Sql } from "./Database";

export interface ApplicationRoleGrant {
  /** The schema whose tables the role gets (a subgraph's). */
  schema: string;
  /** The role the services connect as; created (LOGIN) when missing. A lower-case SQL identifier. */
  role: string;
  /** Its password, set on every run when given; without one the role is created without a password. */
  password?: string;
  /** Tables the role may only read and append to (the access log): no UPDATE, DELETE or TRUNCATE. */
  appendOnlyTables?: readonly string[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
/** Any constant works; it only has to be the same for every migrator granting on this cluster. */
const GRANT_LOCK_KEY = 72_631_002;

/**
 * Servers mode: the services connect as an application role that owns nothing, so they cannot
 * drop a trigger, alter a table or change an append-only one; the migrator, connected as the owner,
 * calls this after migrating each schema. Roles are cluster-wide and this runs once per schema (and
 * in parallel tests), so creating the role tolerates a concurrent creator; the grants are per schema.
 */
export async function grantApplicationRole(sql: Sql, grant: ApplicationRoleGrant): Promise<void> {
  for (const name of [grant.role, grant.schema, ...(grant.appendOnlyTables ?? [])]) {
    if (!IDENTIFIER.test(name)) throw new Error(`${name} is not a lower-case SQL identifier`);
  }
  const [me] = await sql.query<{ current_user: string }>(`SELECT current_user`);
  if (me?.current_user === grant.role) {
    throw new Error(`the application role ${grant.role} is the role migrating: it would own the tables; give it its own name`);
  }
  await sql.exec(`DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${grant.role}') THEN
    CREATE ROLE "${grant.role}" LOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another migrator (or test file) created it meanwhile
END
$$`);
  const [attributes] = await sql.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [grant.role]);
  if (attributes?.rolsuper) throw new Error(`the application role ${grant.role} is a superuser: privileges would not bind it`);
  if (grant.password !== undefined) {
    const [statement] = await sql.query<{ text: string }>(
      `SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text) AS text`,
      [grant.role, grant.password],
    );
    await sql.exec(statement!.text);
  }
  const schema = `"${grant.schema}"`;
  const role = `"${grant.role}"`;
  const statements = [
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
    // The migrations' own record is the owner's; the services only check it.
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${schema}."_prisma_migrations" FROM ${role}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${schema}."_platform_migrations" FROM ${role}`,
    ...(grant.appendOnlyTables ?? []).map((table) => `REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}."${table}" FROM ${role}`),
  ];
  await sql.transaction(async (tx) => {
    // Two GRANTs on the same tables at once fail with "tuple concurrently updated": migrators (and
    // parallel test files) queue here instead, for the few milliseconds the grants take.
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [GRANT_LOCK_KEY]);
    for (const statement of statements) await tx.query(statement);
    // GRANT ON ALL TABLES reaches the partitions of a partitioned append-only table too, and a
    // partition addressed directly checks only its own privileges: the role reaches its rows
    // through the parent alone (partitions created later are the owner's and granted nothing).
    for (const table of grant.appendOnlyTables ?? []) {
      const partitions = await tx.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_partition_tree(format('%I.%I', $1::text, $2::text)::regclass) p
           JOIN pg_class c ON c.oid = p.relid WHERE p.level > 0`,
        [grant.schema, table],
      );
      for (const { name } of partitions) await tx.query(`REVOKE ALL ON ${schema}."${name}" FROM ${role}`);
    }
  });
}
