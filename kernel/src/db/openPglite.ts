import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PGlite, type PGliteOptions, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database, Sql } from "./Database";
import { pgliteWithDeadlines } from "./pgliteDeadline";

export interface PgliteSettings {
  /** Folder of the database files; created when missing. `null` keeps the database in memory. */
  dataDir: string | null;
}

/**
 * What every embedded database of a process shares: PostgreSQL's WebAssembly compiled once (not
 * once per database) and its file bundle read once. A development database also needs far less
 * than PostgreSQL's default buffers: 16 MB of shared buffers instead of 128 MB, per database.
 * Measured in docs/benchmarks.md (six databases: 1.2 GB → under 0.5 GB).
 */
let runtime: Promise<PGliteOptions> | undefined;
export function sharedRuntime(): Promise<PGliteOptions> {
  runtime ??= (async () => {
    const dist = dirname(require.resolve("@electric-sql/pglite"));
    // The global exists in every Node version; its types come with @types/node 22 or a DOM lib.
    const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<never> } };
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
      wasm.compile(readFileSync(join(dist, "pglite.wasm"))),
      wasm.compile(readFileSync(join(dist, "initdb.wasm"))),
    ]);
    return {
      pgliteWasmModule,
      initdbWasmModule,
      fsBundle: new Blob([readFileSync(join(dist, "pglite.data"))]),
      postgresqlconf: ["shared_buffers=16MB"],
    };
  })();
  return runtime;
}

/** Embedded mode: PostgreSQL compiled to WebAssembly, in process, stored in a folder. */
export async function openPglite(settings: PgliteSettings): Promise<Database> {
  if (settings.dataDir) mkdirSync(settings.dataDir, { recursive: true });
  // pg_trgm: an early migration of the clients subgraph created trigram indexes (dropped since,
  // 20261206010000); the same migrations run here as on a PostgreSQL server, so the extension must exist.
  const pglite = new PGlite({ ...(await sharedRuntime()), dataDir: settings.dataDir ?? undefined, extensions: { pg_trgm } });
  await pglite.waitReady;
  // A request's statements wait their turn there and are not started past its deadline (pgliteDeadline.ts).
  const served = pgliteWithDeadlines(pglite);
  return {
    kind: "pglite",
    schema: "public",
    sql: pgliteSql(served),
    prismaAdapter: new PrismaPGlite(served),
    describe: () => (settings.dataDir ? `pglite ${settings.dataDir}` : "pglite in memory"),
    close: () => pglite.close(),
  };
}

export function pgliteSql(db: PGlite | Transaction): Sql {
  return {
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never[],
    exec: async (script) => {
      await db.exec(script);
    },
    transaction: (work) => ("transaction" in db ? db.transaction((tx) => work(pgliteSql(tx))) : work(pgliteSql(db))),
  };
}
