import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PreparedRowsReader } from "./preparedReads";

/** The little SQL the kernel itself needs (migrations, outbox relay, health), on either driver. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (a migration file). */
  exec(script: string): Promise<void>;
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

/** One subgraph's database, embedded (PGlite) or a PostgreSQL server, behind the same two handles. */
export interface Database {
  readonly kind: "pglite" | "postgres";
  /** The PostgreSQL schema the subgraph's tables live in. */
  readonly schema: string;
  readonly sql: Sql;
  /** What Prisma Client is built with: `new PrismaClient({ adapter: database.prismaAdapter })`. */
  readonly prismaAdapter: SqlDriverAdapterFactory;
  /**
   * A PostgreSQL pool's reader of hot reads (`readPrepared`, ADR 0015), on the same pool and deadline
   * as the Prisma client's statements; none on PGlite, where they run on Prisma's raw path.
   */
  readonly readPrepared?: PreparedRowsReader;
  /** Where the data is, without credentials, for logs. */
  describe(): string;
  close(): Promise<void>;
}
