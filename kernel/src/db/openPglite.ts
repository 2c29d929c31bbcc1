import { mkdirSync } from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database, Sql } from "./Database";

export interface PgliteSettings {
  /** Folder of the database files; created when missing. `null` keeps the database in memory. */
  dataDir: string | null;
}

/** Embedded mode: PostgreSQL compiled to WebAssembly, in process, stored in a folder. */
export async function openPglite(settings: PgliteSettings): Promise<Database> {
  if (settings.dataDir) mkdirSync(settings.dataDir, { recursive: true });
  const pglite = new PGlite(settings.dataDir ?? undefined);
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
