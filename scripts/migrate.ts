import { join } from "node:path";
import { noArguments } from "./cliArguments";
import { z } from "zod";
import {
  configFields,
  grantApplicationRole,
  loadConfig,
  migrate,
  openPostgres,
  type Database,
  type MigrationReport,
} from "@silta/kernel";
import { subgraphs, type SubgraphName } from "./subgraphs";

/**
 * `npm run db:migrate`: servers mode, one PostgreSQL server, every subgraph in its own schema named
 * after it. Applies each subgraph's pending migrations with the kernel's migrator and prints what it
 * applied. It connects as the owner role (the user of DATABASE_URL), which owns every table; then it
 * grants the application role (DATABASE_APP_ROLE) what the services need and no more: on the access
 * log only SELECT and INSERT, so a service can neither change nor delete an entry nor drop its
 * triggers (docs/access.md). The services, connected as that role, only verify the migrations.
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
  })
  .superRefine((config, context) => {
    // Without a password the role cannot log in over password authentication: say so before migrating.
    if (config.NODE_ENV === "production" && !config.DATABASE_APP_PASSWORD)
      context.addIssue({
        code: "custom",
        path: ["DATABASE_APP_PASSWORD"],
        message: "is required in production (the services log in with it)",
      });
  });

/** Tables the application role may only read and append to, per subgraph. */
export const appendOnlyTables: Partial<Record<SubgraphName, readonly string[]>> = {
  consents: ["access_log", "access_log_seal", "access_log_v1", "access_log_retirement"],
};

export interface ApplicationRole {
  role: string;
  password?: string;
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
  applicationRole?: ApplicationRole,
): Promise<void> {
  for (const { name } of subgraphs) {
    let result: MigrationReport;
    try {
      const database = databases[name];
      result = await migrate(database.sql, migrationsDir(name));
      if (applicationRole) {
        await grantApplicationRole(database.sql, {
          schema: database.schema,
          role: applicationRole.role,
          password: applicationRole.password,
          appendOnlyTables: appendOnlyTables[name],
        });
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
DATABASE_APP_PASSWORD) what the services need.`;

async function main(): Promise<void> {
  noArguments(usage);
  const config = loadConfig(toolConfigSchema);
  const started = Date.now();
  const databases = await openSubgraphDatabases(config.DATABASE_URL, 1);
  try {
    console.log(`Migrating ${databases.clients.describe().replace(/ schema \w+$/, "")}, one schema per subgraph`);
    const applicationRole = { role: config.DATABASE_APP_ROLE, password: config.DATABASE_APP_PASSWORD };
    await migrateSubgraphs(databases, (name, result) => console.log(describeMigration(name, result)), applicationRole);
    console.log(`Granted ${applicationRole.role} (the services' role) its privileges in every schema`);
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
