import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database, Sql } from "./Database";

export interface PgliteSettings {
  /** Folder of the database files; created when missing. `null` keeps the database in memory. */
  dataDir: string | null;
}

/** Embedded mode: PostgreSQL compiled to WebAssembly, in process, stored in a folder. */
export async function openPglite(settings: PgliteSettings): Promise<Database> {
  if (settings.dataDir) mkdirSync(settings.dataDir, { recursive: true });
  // pg_trgm: the clients subgraph's name search indexes (the same migrations as on a PostgreSQL server).
  // (Options go in the one argument: `new PGlite(undefined, options)` ignores them.)
  const pglite = new PGlite({ ...(settings.dataDir ? { dataDir: settings.dataDir } : {}), extensions: { pg_trgm } });
  await pglite.waitReady;
  return {
    kind: "pglite",
    schema: "public",
    sql: pgliteSql(pglite),
    prismaAdapter: new PrismaPGlite(pglite),
    describe: () => (settings.dataDir ? `pglite ${settings.dataDir}` : "pglite in memory"),
    close: () => pglite.close(),
  };
}

function pgliteSql(db: PGlite | Transaction): Sql {
  return {
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never[],
    exec: async (script) => {
      await db.exec(script);
    },
    transaction: (work) => ("transaction" in db ? db.transaction((tx) => work(pgliteSql(tx))) : work(pgliteSql(db))),
  };
}
