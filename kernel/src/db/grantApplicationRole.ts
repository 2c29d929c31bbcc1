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
  await ensureLoginRole(sql, grant.role, grant.password, "application");
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

export interface AuditRoleGrant {
  /** The schema whose audited tables the role may read (consents': the access log). */
  schema: string;
  /** The role `npm run audit:verify` connects as (the CronJob); created (LOGIN) when missing. */
  role: string;
  /** Its password, set on every run when given. */
  password?: string;
  /** The only tables (or views) it may read: the schema's append-only ones. */
  tables: readonly string[];
}

/**
 * Servers mode: the role the access log's verification runs as (the hourly CronJob,
 * `silta-audit-verify`). It may read the audited tables of the schema and nothing else: no other
 * table of the schema, no other schema, no write anywhere. A pod that holds its password can neither
 * read client data nor add to or change the log it checks. Privileges granted earlier on other tables
 * of the schema are taken back, so a table that leaves the list leaves the role's reach too.
 */
export async function grantAuditRole(sql: Sql, grant: AuditRoleGrant): Promise<void> {
  for (const name of [grant.role, grant.schema, ...grant.tables]) {
    if (!IDENTIFIER.test(name)) throw new Error(`${name} is not a lower-case SQL identifier`);
  }
  await ensureLoginRole(sql, grant.role, grant.password, "audit");
  const schema = `"${grant.schema}"`;
  const role = `"${grant.role}"`;
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [GRANT_LOCK_KEY]);
    await tx.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}`);
    await tx.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${role}`);
    await tx.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    for (const table of grant.tables) await tx.query(`GRANT SELECT ON ${schema}."${table}" TO ${role}`);
  });
}

/**
 * Creates `role` (LOGIN) when missing, refuses one that is the migrating role itself or a superuser
 * (privileges would not bind it), and sets its password when given. Roles are cluster-wide and the
 * migrator runs once per schema (and in parallel tests), so creating it tolerates a concurrent creator.
 */
async function ensureLoginRole(sql: Sql, name: string, password: string | undefined, kind: string): Promise<void> {
  const [me] = await sql.query<{ current_user: string }>(`SELECT current_user`);
  if (me?.current_user === name) {
    throw new Error(`the ${kind} role ${name} is the role migrating: it would own the tables; give it its own name`);
  }
  await sql.exec(`DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${name}') THEN
    CREATE ROLE "${name}" LOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another migrator (or test file) created it meanwhile
END
$$`);
  const [attributes] = await sql.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = $1`, [name]);
  if (attributes?.rolsuper) throw new Error(`the ${kind} role ${name} is a superuser: privileges would not bind it`);
  if (password !== undefined) {
    const [statement] = await sql.query<{ text: string }>(
      `SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text) AS text`,
      [name, password],
    );
    await sql.exec(statement!.text);
  }
}
