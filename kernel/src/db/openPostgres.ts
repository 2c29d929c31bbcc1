import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Database, Sql } from "./Database";
import { deadlinePool } from "./deadlinePool";
import { assertReadAsPrisma, preparedValue, readAsPrisma, type PreparedRowsReader } from "./preparedReads";
import { preparedStatementName } from "./preparedStatements";

export interface PostgresSettings {
  url: string;
  /** Schema holding this subgraph's tables; created when missing (which needs CREATE on the database). Default `public`. */
  schema?: string;
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /**
   * Longest a statement may run before PostgreSQL cancels it (`statement_timeout`), in milliseconds:
   * the backstop PostgreSQL enforces by itself. A statement of a request is stopped earlier, at the
   * request's deadline (`RequestDeadline`). Default 0: no limit (scripts, imports).
   */
  statementTimeoutMs?: number;
  /** Longest wait for a connection (a new one, or a free one of a full pool), in milliseconds. Default 5000. */
  connectTimeoutMs?: number;
  /**
   * Longest the client waits for a statement's answer, in milliseconds (pg's `query_timeout`): the
   * backstop for a server that went silent, which `statement_timeout` cannot stop. Default: none.
   */
  queryTimeoutMs?: number;
}

/** Servers mode: a pg pool whose every connection works inside the subgraph's own schema. */
export async function openPostgres(settings: PostgresSettings): Promise<Database> {
  const schema = settings.schema ?? "public";
  // Each statement also honours the deadline of the request it runs for (deadlinePool.ts).
  const pool = deadlinePool({
    connectionString: settings.url,
    max: settings.poolSize ?? 10,
    // UTC whatever the server's or the role's default zone: Prisma's adapter writes a timestamptz without
    // its offset and reads one by relabelling the offset UTC, so in any other session zone every instant
    // it wrote or read would be off by the zone's offset (prisma/orm#26786; docs/operations.md).
    options: `-c search_path=${schema} -c TimeZone=UTC`,
    // Set on every connection at start-up; 0 leaves PostgreSQL's own default (no limit).
    statement_timeout: settings.statementTimeoutMs ?? 0,
    // A server that does not answer fails the request quickly instead of hanging it.
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
    ...(settings.queryTimeoutMs ? { query_timeout: settings.queryTimeoutMs } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  // Only when missing: CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema
  // exists, and the application role of servers mode has no such right (docs/access.md).
  const [existing] = (await pool.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema])).rows;
  if (!existing) await createSchemaOnce(pool, schema);
  const sql = poolSql(pool);
  const location = new URL(settings.url);
  return {
    kind: "postgres",
    schema,
    sql,
    // A Prisma raw statement marked `/* prepared */` is named too ("" leaves the rest unnamed, as pg does for no name).
    prismaAdapter: new PrismaPg(pool, { schema, statementNameGenerator: (query) => preparedStatementName(query.sql) ?? "" }),
    readPrepared: poolReader(pool),
    describe: () => `postgres://${location.host}${location.pathname} schema ${schema}`,
    close: () => pool.end(),
  };
}

/** Hot reads (`readPrepared`) on the pool: named as the Prisma adapter names them, their values and columns checked. */
function poolReader(pool: pg.Pool): PreparedRowsReader {
  return async <Row>({ text, values }: { text: string; values: readonly unknown[] }) => {
    const result = await pool.query({
      text,
      values: values.map((value, index) => preparedValue(value, index + 1)),
      name: preparedStatementName(text),
      types: readAsPrisma,
    });
    assertReadAsPrisma(result.fields);
    return result.rows as Row[];
  };
}

/** Unique violation: PostgreSQL's IF NOT EXISTS checks before it inserts, so two creators can both pass. */
const UNIQUE_VIOLATION = "23505";

/** Replicas started together may create the schema at the same moment: the loser finds it made. */
async function createSchemaOnce(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
  }
}

/** The kernel's Sql on the pool: a statement marked `/* prepared *\/` goes named (preparedStatements.ts), every other unnamed. */
function poolSql(pool: pg.Pool): Sql {
  return {
    query: async (text, params) =>
      (await pool.query({ text, values: params as unknown[], name: preparedStatementName(text) })).rows,
    exec: async (script) => {
      await pool.query(script);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(clientSql(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

function clientSql(client: pg.PoolClient): Sql {
  const sql: Sql = {
    query: async (text, params) =>
      (await client.query({ text, values: params as unknown[], name: preparedStatementName(text) })).rows,
    exec: async (script) => {
      await client.query(script);
    },
    // Already inside a transaction: nest by running in the same one.
    transaction: (work) => work(sql),
  };
  return sql;
}
