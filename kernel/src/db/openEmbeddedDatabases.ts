import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction as AdapterTransaction,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database, Sql } from "./Database";
import { pgliteSql, sharedRuntime } from "./openPglite";

/**
 * The embedded mode's one PostgreSQL: a single PGlite holding one schema per subgraph, the layout
 * of servers mode's "one server with a schema each". One database instead of one per subgraph costs
 * one WebAssembly heap and one catalogue on disk instead of six (docs/benchmarks.md).
 *
 * PGlite is a single connection. Every subgraph's statements therefore take turns on it: each
 * statement, and each transaction as a whole, holds the connection with `search_path` set to its
 * subgraph's schema (Prisma's own queries name their schema, through the adapter's `schemaName`).
 * So a transaction must never wait for another subgraph's database while it is open: on one
 * connection that wait would be on itself (docs/decisions/0012-one-embedded-database.md).
 */
export interface EmbeddedDatabases {
  /** One subgraph's database: its schema, created when missing. */
  schema(name: string): Promise<Database>;
  /** Where the data is, for the person starting the hub. */
  readonly location: string;
  close(): Promise<void>;
}

/** The folder of the embedded database inside `SILTA_DATA_DIR`. */
export function embeddedDatabaseDir(siltaDataDir: string): string {
  return join(siltaDataDir, "database");
}

/**
 * Folders of an older Silta, one database per subgraph, left in `SILTA_DATA_DIR`: they are no longer
 * read, and the person may want the space back.
 */
export function legacyEmbeddedDatabaseDirs(siltaDataDir: string, schemas: readonly string[]): string[] {
  return schemas.map((name) => join(siltaDataDir, name)).filter((dir) => existsSync(join(dir, "PG_VERSION")));
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the embedded database in `dataDir` (created and initialised when missing); `null` keeps it in memory. */
export async function openEmbeddedDatabases(settings: { dataDir: string | null }): Promise<EmbeddedDatabases> {
  if (settings.dataDir) mkdirSync(settings.dataDir, { recursive: true });
  // pg_trgm: an early migration of the clients subgraph created trigram indexes (dropped since,
  // 20261206010000); the same migrations run here as on a PostgreSQL server, so the extension must exist.
  const pglite = new PGlite({ ...(await sharedRuntime()), dataDir: settings.dataDir ?? undefined, extensions: { pg_trgm } });
  await pglite.waitReady;
  const connection = new SharedConnection(pglite);
  const location = settings.dataDir ? `pglite ${settings.dataDir}` : "pglite in memory";
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= connection.run(null, () => pglite.close()));
  const opened = new Set<string>();
  return {
    location,
    close,
    async schema(name) {
      if (!SCHEMA_NAME.test(name)) throw new Error(`"${name}" is not a schema name of the embedded database (a-z, 0-9, _)`);
      if (opened.has(name)) throw new Error(`the schema ${name} of the embedded database is already open`);
      await connection.run(null, () => pglite.exec(`CREATE SCHEMA IF NOT EXISTS "${name}"`));
      opened.add(name);
      return {
        kind: "pglite",
        schema: name,
        sql: schemaSql(connection, pglite, name),
        prismaAdapter: new SchemaAdapterFactory(connection, pglite, name),
        describe: () => `${location} schema ${name}`,
        // The database is shared: it closes when the last of its schemas closes.
        close: async () => {
          opened.delete(name);
          if (opened.size === 0) await close();
        },
      };
    },
  };
}

/**
 * One subgraph's database of the embedded database in `SILTA_DATA_DIR`, for a command that works on one
 * subgraph (an import, the access log check). Closing it closes the database.
 */
export async function openEmbeddedDatabase(siltaDataDir: string, schema: string): Promise<Database> {
  const databases = await openEmbeddedDatabases({ dataDir: embeddedDatabaseDir(siltaDataDir) });
  try {
    return await databases.schema(schema);
  } catch (error) {
    await databases.close();
    throw error;
  }
}

/**
 * Turns on PGlite's one connection: a holder has it alone, with `search_path` at its schema, until
 * it releases it. PGlite's own lock would interleave two subgraphs' statements under one search path.
 */
class SharedConnection {
  private tail: Promise<void> = Promise.resolve();
  private searchPath: string | null = null;

  constructor(private readonly pglite: PGlite) {}

  /** Waits for the connection and points it at `schema` (`null`: any); call the result to release it. */
  async acquire(schema: string | null): Promise<() => void> {
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      if (schema !== null && this.searchPath !== schema) {
        // Set outside any transaction, so no rollback can undo it behind the tracker's back.
        await this.pglite.exec(`SET search_path TO "${schema}"`);
        this.searchPath = schema;
      }
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  async run<T>(schema: string | null, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(schema);
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function schemaSql(connection: SharedConnection, pglite: PGlite, schema: string): Sql {
  const direct = pgliteSql(pglite);
  return {
    query: (text, params) => connection.run(schema, () => direct.query(text, params)),
    exec: (script) => connection.run(schema, () => direct.exec(script)),
    transaction: (work) => connection.run(schema, () => direct.transaction(work)),
  };
}

/** Prisma Client over one schema: its queries name the schema; raw SQL and transactions take the connection. */
class SchemaAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  private readonly inner: PrismaPGlite;

  constructor(
    private readonly connection: SharedConnection,
    pglite: PGlite,
    private readonly schema: string,
  ) {
    this.inner = new PrismaPGlite(pglite);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const inner = await this.inner.connect();
    const { connection, schema } = this;
    const turn = <T>(work: () => Promise<T>) => connection.run(schema, work);
    return {
      provider: inner.provider,
      adapterName: inner.adapterName,
      queryRaw: (query: SqlQuery) => turn(() => inner.queryRaw(query)),
      executeRaw: (query: SqlQuery) => turn(() => inner.executeRaw(query)),
      executeScript: (script: string) => turn(() => inner.executeScript(script)),
      getConnectionInfo: () => ({ ...inner.getConnectionInfo?.(), schemaName: schema, supportsRelationJoins: true }),
      async startTransaction(isolationLevel) {
        const release = await connection.acquire(schema);
        let transaction: AdapterTransaction;
        try {
          transaction = await inner.startTransaction(isolationLevel);
        } catch (error) {
          release();
          throw error;
        }
        // The connection is the transaction's until it ends, whichever way.
        const ending = (end: () => Promise<void>) => async () => {
          try {
            await end();
          } finally {
            release();
          }
        };
        return Object.assign(Object.create(transaction) as AdapterTransaction, {
          commit: ending(() => transaction.commit()),
          rollback: ending(() => transaction.rollback()),
        });
      },
      dispose: () => inner.dispose(),
    };
  }
}
