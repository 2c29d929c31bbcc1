import { existsSync } from "node:fs";
import { join } from "node:path";
import { openPglite, openPostgres, type Database } from "@silta/kernel";
import { verifyAccessLog } from "./verifyAccessLog";

/**
 * `npm run audit:verify`: checks the access log's hash chain and prints OK or the first broken link.
 * Against DATABASE_URL (schema DATABASE_SCHEMA, default `public`) in servers mode, or the embedded
 * consents database under SILTA_DATA_DIR (default `.silta`). Exit status 0 when intact, 1 when broken,
 * 2 when it could not check.
 */
async function main(): Promise<number> {
  const url = process.env["DATABASE_URL"];
  const dataDir = join(process.env["SILTA_DATA_DIR"] ?? ".silta", "consents");
  // Opening a missing embedded folder would create an empty database; say what is missing instead.
  if (!url && !existsSync(dataDir)) throw new Error(`no DATABASE_URL and no embedded database at ${dataDir}`);
  const database: Database = url
    ? await openPostgres({ url, schema: process.env["DATABASE_SCHEMA"] ?? "public", poolSize: 1 })
    : await openPglite({ dataDir });
  try {
    const result = await verifyAccessLog(database.sql);
    if (result.ok) {
      console.log(`OK: access log of ${database.describe()} intact, ${result.entries} entries checked.`);
      return 0;
    }
    console.log(
      `BROKEN: access log of ${database.describe()}: entry ${result.seq} is ${
        result.reason === "altered"
          ? "altered (it no longer matches its hash)"
          : "unlinked (an entry before it was removed or replaced)"
      }; ${result.entries - 1} entries before it are intact.`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`audit:verify could not check the access log: ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
