import { join } from "node:path";
import { noArguments } from "./cliArguments";
import { z } from "zod";
import {
  configFields,
  grantApplicationRole,
  grantAuditRole,
  loadConfig,
  migrate,
  openPostgres,
  type Database,
  type MigrationReport,
} from "@silta/kernel";
import { subgraphEntry } from "@silta/registry";
import { subgraphs, type SubgraphName } from "./subgraphs";

/**
 * `npm run db:migrate`: servers mode, one PostgreSQL server, every subgraph in its own schema named
 * after it. Applies each subgraph's pending migrations with the kernel's migrator and prints what it
 * applied. It connects as the owner role (the user of DATABASE_URL), which owns every table; then it
 * grants the application role (DATABASE_APP_ROLE) what the services need and no more: on the access
 * log only SELECT and INSERT, so a service can neither change nor delete an entry nor drop its
 * triggers (docs/access.md). The services, connected as that role, only verify the migrations. The
 * audit role (DATABASE_AUDIT_ROLE), which the access log's verification connects as, may only read
 * the append-only tables (the log).
 */
const root = join(__dirname, "..");

export const toolConfigSchema = z
  .object({
    NODE_ENV: configFields.nodeEnv,
    DATABASE_URL: z
      .string({
        error:
          "is required: the PostgreSQL server holding every subgraph's schema, e.g. postgresql://postgres@127.0.0.1:5432/silta",
      })
      .pipe(configFields.postgresUrl),
    /** The role the services connect as; created when missing, granted per schema. */
    DATABASE_APP_ROLE: configFields.sqlIdentifier.default("silta_app"),
    /** Its password, (re)set on every run when given. */
    DATABASE_APP_PASSWORD: z.string().min(1).optional(),
    /** The role `npm run audit:verify` connects as (the CronJob): reads the access log and nothing else. */
    DATABASE_AUDIT_ROLE: configFields.sqlIdentifier.default("silta_audit"),
    /** Its password, (re)set on every run when given; without one it cannot log in over password authentication. */
    DATABASE_AUDIT_PASSWORD: z.string().min(1).optional(),
  })
  .superRefine((config, context) => {
    // The audit role's grants take back everything else: on the services' role they would stop the hub.
    if (config.DATABASE_AUDIT_ROLE === config.DATABASE_APP_ROLE)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_AUDIT_ROLE"],
        message: "must differ from DATABASE_APP_ROLE (it may only read the access log)",
      });
    // Without a password the role cannot log in over password authentication: say so before migrating.
    if (config.NODE_ENV === "production" && !config.DATABASE_APP_PASSWORD)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_APP_PASSWORD"],
        message: "is required in production (the services log in with it)",
      });
  });

/** A role the migrator grants, and its password when one is to be set. */
export interface ApplicationRole {
  role: string;
  password?: string;
}

/** The roles the migrator grants in every schema: the services' and the audit's. */
export interface GrantedRoles {
  application: ApplicationRole;
  audit?: ApplicationRole;
}

export type SubgraphDatabases = Record<SubgraphName, Database>;

export function migrationsDir(name: SubgraphName): string {
  return join(root, "subgraphs", name, "prisma", "migrations");
}

/** One pool per subgraph schema (created when missing); the caller closes them with {@link closeAll}. */
export async function openSubgraphDatabases(url: string, poolSize = 2): Promise<SubgraphDatabases> {
  const opened: Partial<SubgraphDatabases> = {};
  try {
    for (const { name } of subgraphs) opened[name] = await openPostgres({ url, schema: name, poolSize });
  } catch (error) {
    await closeAll(opened);
    const server = new URL(url);
    throw new Error(
      `PostgreSQL at ${server.host}${server.pathname} (DATABASE_URL) did not accept the connection: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return opened as SubgraphDatabases;
}

export async function closeAll(databases: Partial<SubgraphDatabases>): Promise<void> {
  await Promise.all(Object.values(databases).map((database) => database.close().catch(() => undefined)));
}

/** Migrates the subgraphs in order, stopping at the first failure with the subgraph's name in the message. */
export async function migrateSubgraphs(
  databases: SubgraphDatabases,
  report: (name: SubgraphName, result: MigrationReport) => void = () => undefined,
  roles?: GrantedRoles,
): Promise<void> {
  for (const { name } of subgraphs) {
    let result: MigrationReport;
    try {
      const database = databases[name];
      result = await migrate(database.sql, migrationsDir(name));
      const { appendOnlyTables } = subgraphEntry(name);
      if (roles) {
        await grantApplicationRole(database.sql, { schema: database.schema, ...roles.application, appendOnlyTables });
      }
      if (roles?.audit && appendOnlyTables.length > 0) {
        await grantAuditRole(database.sql, { schema: database.schema, ...roles.audit, tables: appendOnlyTables });
      }
    } catch (error) {
      throw new Error(`Migrating ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    report(name, result);
  }
}

export function describeMigration(name: SubgraphName, result: MigrationReport): string {
  const already = `${result.alreadyApplied} already applied`;
  const applied = result.applied.length > 0 ? `applied ${result.applied.join(", ")}; ${already}` : `up to date (${already})`;
  return `${name.padEnd(9)} ${applied}`;
}

const usage = `usage: npm run db:migrate

Applies every subgraph's migrations to DATABASE_URL (connecting as the owner), one schema per
subgraph, and grants the application role DATABASE_APP_ROLE (default silta_app, password
DATABASE_APP_PASSWORD) what the services need, and the audit role DATABASE_AUDIT_ROLE (default
silta_audit, password DATABASE_AUDIT_PASSWORD) the reading of the access log and nothing else.`;

async function main(): Promise<void> {
  noArguments(usage);
  const config = loadConfig(toolConfigSchema);
  const started = Date.now();
  const databases = await openSubgraphDatabases(config.DATABASE_URL, 1);
  try {
    console.log(`Migrating ${databases.clients.describe().replace(/ schema \w+$/, "")}, one schema per subgraph`);
    const roles: GrantedRoles = {
      application: { role: config.DATABASE_APP_ROLE, password: config.DATABASE_APP_PASSWORD },
      audit: { role: config.DATABASE_AUDIT_ROLE, password: config.DATABASE_AUDIT_PASSWORD },
    };
    await migrateSubgraphs(databases, (name, result) => console.log(describeMigration(name, result)), roles);
    console.log(`Granted ${roles.application.role} (the services' role) its privileges in every schema`);
    console.log(`Granted ${roles.audit!.role} (the audit's role) the reading of the access log only`);
  } finally {
    await closeAll(databases);
  }
  console.log(`Migrations done in ${Date.now() - started} ms`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Config and connection errors already say what to fix; a stack trace would only hide that.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
