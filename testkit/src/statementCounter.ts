import type { Database, Sql, TaggedStatement } from "@silta/kernel";

export interface CountingDatabase {
  database: Database;
  /**
   * SQL statements Prisma sent, those of the kernel's `Sql` (the access log's append) and the hot reads
   * sent over the pool (`readPrepared`), since the last reset.
   */
  readonly count: number;
  reset(): void;
}

/**
 * Wraps a database so every statement Prisma sends through its driver adapter is counted, and every
 * one sent through its kernel `Sql` (what the consents service appends the access log with, ADR 0015's
 * exception): the measure behind "N entity references cost one query". Statements whose text matches
 * `ignore` are not counted (a background timer's, say the access log sealer's).
 */
export function countStatements(database: Database, ignore?: RegExp): CountingDatabase {
  let count = 0;
  const countCalls = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            if (!ignore?.test((args[0] as { sql?: string } | undefined)?.sql ?? "")) count += 1;
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) =>
            countCalls((await (value as (...a: unknown[]) => Promise<object>).apply(object, args)) as object);
        }
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  const adapter = database.prismaAdapter;
  const prismaAdapter = new Proxy(adapter, {
    get(object, property, receiver) {
      if (property === "connect") return async () => countCalls(await object.connect());
      const value = Reflect.get(object, property, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
  const countedSql = (sql: Sql): Sql => ({
    query: (text, params) => {
      if (!ignore?.test(text)) count += 1;
      return sql.query(text, params);
    },
    exec: (script) => {
      if (!ignore?.test(script)) count += 1;
      return sql.exec(script);
    },
    transaction: (work) => sql.transaction((tx) => work(countedSql(tx))),
  });
  const { readPrepared } = database;
  return {
    database: {
      ...database,
      sql: countedSql(database.sql),
      prismaAdapter,
      // Hot reads go over the pool, beside the adapter (ADR 0015): counted as Prisma's raw path would count them.
      ...(readPrepared && {
        readPrepared: <Row>(statement: TaggedStatement) => {
          if (!ignore?.test(statement.text)) count += 1;
          return readPrepared<Row>(statement);
        },
      }),
      describe: () => database.describe(),
      close: () => database.close(),
    },
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}
