import { parseArgs } from "node:util";
import { z } from "zod";
import { configFields, loadConfig, startProgress } from "@silta/kernel";
import { hashIdentityCode } from "@silta/clients/identityCode";
import { identityCodeCipher } from "@silta/clients/identityCodeCipher";
import { closeAll, describeMigration, migrateSubgraphs, openSubgraphDatabases, toolConfigSchema } from "./migrate";
import { dayOf, isoDay } from "./seed/days";
import { seedHub } from "./seed/seedHub";
import { tables, type TableName } from "./seed/tables";

/**
 * `npm run seed -- --clients 100000 [--seed 42] [--today 2026-11-23]`: a generated county in a
 * servers-mode hub, for load tests, benchmarks and demos at scale. Deterministic: the same seed and
 * day give the same rows, ids included. Every person is fictional, with a test identity code.
 */
const usage = `Usage: npm run seed -- [--clients <count>] [--seed <integer>] [--today <YYYY-MM-DD>]

Fills an empty hub (one PostgreSQL server, a schema per subgraph; migrations are applied first)
with a generated county: organisations, professionals, teams, responsible workers, clients in
families with guardians and client relationships, consents and the access projection that decides
on them, FIT measurements and trainings.

  --clients  how many clients (default 10000)
  --seed     the random seed; the same seed and --today give the same data (default 1)
  --today    the day the county is seen from (default: today, UTC)

Environment: DATABASE_URL, IDENTITY_CODE_HASH_KEY (at least 32 characters). Refused when NODE_ENV=production.`;

const seedConfigSchema = toolConfigSchema.safeExtend({
  NODE_ENV: configFields.nodeEnv.refine(
    (value) => value !== "production",
    "is production: the seed writes generated people and never runs against a production hub",
  ),
  IDENTITY_CODE_HASH_KEY: z
    .string({
      error: "is required: the key of the identity-code hash (HMAC-SHA256), the one the hub uses (at least 32 characters)",
    })
    .min(32, "must be at least 32 characters"),
});

class ArgumentError extends Error {}

interface Arguments {
  clients: number;
  seed: number;
  today: number;
}

function readArguments(argv: string[]): Arguments | "help" {
  const { values } = (() => {
    try {
      return parseArgs({
        args: argv,
        options: {
          clients: { type: "string", default: "10000" },
          seed: { type: "string", default: "1" },
          today: { type: "string", default: new Date().toISOString().slice(0, 10) },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new ArgumentError((error as Error).message);
    }
  })();
  if (values.help) return "help";
  const clients = Number(values.clients);
  if (!Number.isInteger(clients) || clients < 1 || clients > 2_000_000)
    throw new ArgumentError("--clients must be a whole number from 1 to 2000000");
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new ArgumentError("--seed must be a whole number from 0 to 4294967295");
  let today: number;
  try {
    today = dayOf(values.today);
  } catch {
    throw new ArgumentError(`--today must be a date as YYYY-MM-DD (is ${values.today})`);
  }
  return { clients, seed, today };
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  if (args === "help") {
    console.log(usage);
    return;
  }
  const config = loadConfig(seedConfigSchema);
  const started = Date.now();
  const databases = await openSubgraphDatabases(config.DATABASE_URL);
  try {
    const where = databases.clients.describe().replace(/ schema \w+$/, "");
    console.log(`Seeding ${where}: ${count(args.clients)} clients, seed ${args.seed}, as of ${isoDay(args.today)}`);
    await migrateSubgraphs(databases, (name, result) => console.log(`  migrations ${describeMigration(name, result)}`));
    const key = config.IDENTITY_CODE_HASH_KEY;
    const cipher = identityCodeCipher(key);
    const seeding = Date.now();
    const counts = await seedHub(
      databases,
      { ...args, hashIdentityCode: (code) => hashIdentityCode(code, key), encryptIdentityCode: (code) => cipher.encrypt(code) },
      (label, unit, total) => startProgress({ label, unit, total }),
    );
    printCounts(counts);
    const total = Object.values(counts).reduce((sum, rows) => sum + rows, 0);
    const elapsed = Date.now() - seeding;
    console.log(
      `Wrote ${count(total)} rows in ${seconds(elapsed)} (${count(Math.round(total / (elapsed / 1000)))} rows/s); done in ${seconds(Date.now() - started)}`,
    );
  } finally {
    await closeAll(databases);
  }
}

function printCounts(counts: Record<TableName, number>): void {
  for (const [name, rows] of Object.entries(counts) as [TableName, number][]) {
    console.log(`  ${`${tables[name].subgraph}.${name}`.padEnd(40)} ${count(rows).padStart(12)}`);
  }
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  // Config and connection errors already say what to fix; a stack trace would only hide that.
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof ArgumentError) console.error("See: npm run seed -- --help");
  process.exit(1);
});
