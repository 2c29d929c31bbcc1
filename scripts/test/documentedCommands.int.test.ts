import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { testPostgresUrl, testRedisUrl } from "@silta/testkit";
import { privateBenchmarkLock } from "@silta/testkit/benchmarkLock";
import { documentedCommands } from "./documentedCommands";
import { root, runCommand, stackTraceLine, type CommandResult } from "./runCommand";

/**
 * Every command README.md, docs/ and the subgraph READMEs tell a user to run, run as written:
 * `--help` prints a usage, one real run on small data succeeds, and one bad input ends non-zero
 * with a message that says what was wrong, never a stack trace. A documented command without a
 * case here fails the first test, so a new command cannot be documented untested.
 *
 * The real runs share one fresh PostgreSQL database (a schema per subgraph, as servers mode and
 * `npm run db:migrate` make it), created here and dropped afterwards, and run in table order:
 * migrate, then seed, then what reads the seeded county.
 */

interface Run {
  args: string[];
  env?: Record<string, string>;
  /** What the output must show; the exit code is checked by the kind of run. */
  expect: (result: CommandResult) => void;
  timeoutMs?: number;
  /** The real run of another command that must have ended first (they share the database). */
  after?: string;
}

interface Cases {
  /** How the command is run, without its arguments (`npm run seed --`, `npx tsx <file>`). */
  command: string[];
  help: string[];
  real: Run;
  /** Further real runs after the first, in order, on what it left (another mode of the same command). */
  moreReal?: Run[];
  bad: Run;
  /** Further bad inputs, each refused the same way. */
  moreBad?: Run[];
}

/** A command whose real run needs a whole hub or is the suite itself: covered by the named test file. */
interface CoveredElsewhere {
  coveredBy: string;
  because: string;
  /** The help and the bad-input run, when the command can be started without a hub. */
  cases?: Omit<Cases, "real">;
}

const quiet = { LOG_LEVEL: "warn" };
const databaseName = `silta_cmd_${randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();
const work = mkdtempSync(join(tmpdir(), "silta-commands-"));
const hashKey = "documented-commands-identity-code-hash-key-0123456789";
const exportKeys = "lake=documented-commands-export-key-0123456789abcdef";
const npmRun = (script: string) => ["npm", "run", "--silent", script, "--"];
const npxTsx = (file: string) => ["npx", "tsx", file];
const output = (result: CommandResult) => result.stdout + result.stderr;
/**
 * A benchmark lock of the run's own (testkit/src/benchmarkLock.ts) instead of the machine's: Jest
 * starts several real runs at once, and a benchmark waiting for another's lock would spend its own
 * timeout waiting; nor may a real benchmark on the machine hold the suite up for half an hour.
 */
const ownBenchmarkLock = () => privateBenchmarkLock("documented");

async function query<T>(schema: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const fitCsv = (sessionDate: string) =>
  [
    "episode_id,client_id,owner_professional_id,episode_start,session_id,session_date,professional_id,outcome_instrument,outcome_item1,outcome_item2,outcome_item3,outcome_item4",
    `doc-e1,0d000000-0000-4000-8000-00000000c001,0b000000-0000-4000-8000-00000000c001,2026-01-05,doc-s1,${sessionDate},0b000000-0000-4000-8000-00000000c001,ORS,4.0,5.5,6.0,3.5`,
  ].join("\n") + "\n";

const cases: Record<string, Cases | CoveredElsewhere | { notOurs: string }> = {
  "npm install": { notOurs: "npm's own command" },
  "npm ci": { notOurs: "npm's own command; .ci/run runs it" },
  "npm test": { coveredBy: ".ci/run", because: "it is the command that runs this suite" },
  "npm start": {
    coveredBy: "e2e/embeddedHub.e2e.test.ts",
    because: "it starts the whole embedded hub, which that scenario does from an empty data folder",
  },
  "tsx hub/src/main.ts": {
    coveredBy: "e2e/embeddedHub.e2e.test.ts",
    because: "it is what `npm start` runs after generating, started there from an empty data folder",
  },
  "npm run typecheck": {
    coveredBy: ".ci/run",
    because: "`npm test` runs it before Jest (npm appends arguments to its last command, so it has no --help)",
  },
  "npm run lint": {
    coveredBy: ".ci/run",
    because: "`npm test` runs it over the whole repository before Jest (a minute of a loaded two-core machine)",
    cases: {
      command: npmRun("lint"),
      help: ["--help"],
      bad: { args: ["--bogus"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: --bogus/) },
    },
  },
  "npm run bench:start": {
    coveredBy: "e2e/embeddedHub.e2e.test.ts",
    because: "it starts the embedded hub three times (minutes on two busy cores); that scenario starts it twice",
    cases: {
      command: npmRun("bench:start"),
      help: ["--help"],
      bad: { args: ["--later", "many"], expect: (result) => expect(result.stderr).toMatch(/--later takes a whole number/) },
    },
  },
  "npm run codegen": {
    coveredBy: "scripts/codegen.test.ts",
    because: "a real run rewrites the committed generated files; that test runs the same generation in memory",
    cases: {
      command: npmRun("codegen"),
      help: ["--help"],
      bad: { args: ["--bogus"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: --bogus/) },
    },
  },
  "npm run compose": {
    command: npmRun("compose"),
    help: ["--help"],
    real: {
      args: ["--out", join(work, "supergraph.graphql")],
      expect: (result) => {
        expect(result.stdout).toMatch(/^Composed .*supergraph\.graphql/);
        expect(readFileSync(join(work, "supergraph.graphql"), "utf8")).toBe(
          readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
        );
      },
    },
    bad: { args: ["--bogus"], expect: (result) => expect(result.stderr).toMatch(/--bogus/) },
  },
  "npm run k8s:render": {
    command: npmRun("k8s:render"),
    help: ["--help"],
    real: {
      args: ["--out", join(work, "kubernetes")],
      expect: (result) => {
        expect(result.stdout).toMatch(/^Rendered production into /m);
        expect(readFileSync(join(work, "kubernetes", "production.yaml"), "utf8")).toBe(
          readFileSync(join(root, "docs", "kubernetes", "production.yaml"), "utf8"),
        );
      },
    },
    bad: { args: ["--bogus"], expect: (result) => expect(result.stderr).toMatch(/--bogus/) },
  },
  "npm run ui:build": {
    command: npmRun("ui:build"),
    help: ["--help"],
    // npm test builds the app before Jest, so this run finds it current (or builds what changed since).
    real: {
      args: [],
      expect: (result) => expect(result.stdout).toMatch(/Web app up to date|Built the web app into ui\/dist|No web app to build/),
      timeoutMs: 240_000,
    },
    bad: { args: ["extra"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: extra/) },
  },
  "npm run build": {
    command: npmRun("build"),
    help: ["--help"],
    real: {
      args: [],
      expect: (result) => {
        expect(result.stdout).toMatch(/^Built dist\/subgraphs\/clients\.js, .*dist\/gateway\.js.* in [\d.]+ s$/m);
        expect(existsSync(join(root, "dist", "subgraphs", "consents.js"))).toBe(true);
      },
    },
    bad: { args: ["extra"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: extra/) },
  },
  "npm run generate": {
    command: npmRun("generate"),
    help: ["--help"],
    real: { args: [], expect: (result) => expect(result.stdout).toMatch(/Prisma Client for .*(up to date|in \d+ ms)/) },
    bad: { args: ["extra"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: extra/) },
  },
  "npm run db:migrate": {
    command: npmRun("db:migrate"),
    help: ["--help"],
    real: {
      args: [],
      env: { DATABASE_URL: databaseUrl },
      expect: (result) => {
        // The platform tables (kernel/migrations) first, then the subgraph's own from its init.
        expect(result.stdout).toMatch(/^clients +applied \d{14}_platform_event_outbox, .*\d{14}_init/m);
        expect(result.stdout).toMatch(/Migrations done in \d+ ms/);
      },
    },
    bad: { args: [], env: { DATABASE_URL: "mysql://nope" }, expect: (result) => expect(result.stderr).toMatch(/DATABASE_URL/) },
  },
  "npm run seed": {
    command: npmRun("seed"),
    help: ["--help"],
    real: {
      after: "npm run db:migrate",
      args: ["--clients", "30", "--seed", "7", "--today", "2026-11-23"],
      env: { DATABASE_URL: databaseUrl, IDENTITY_CODE_HASH_KEY: hashKey },
      expect: (result) => {
        expect(result.stdout).toMatch(/Seeding .*: 30 clients, seed 7, as of 2026-11-23/);
        expect(result.stdout).toMatch(/clients\.client +30/);
      },
      timeoutMs: 90_000,
    },
    bad: {
      args: ["--clients", "many"],
      env: { DATABASE_URL: databaseUrl, IDENTITY_CODE_HASH_KEY: hashKey },
      expect: (result) => expect(result.stderr).toMatch(/--clients must be a whole number/),
    },
  },
  "npm run export": {
    command: npmRun("export"),
    help: ["--help"],
    real: {
      after: "npm run seed",
      args: ["--subgraph", "fit", "--dataset", "measurements", "--destination", "lake", "--out", join(work, "m.csv")],
      env: { DATABASE_URL: databaseUrl, SILTA_EXPORT_DESTINATION_KEYS: exportKeys },
      expect: (result) => {
        const manifest = JSON.parse(result.stdout) as { rows: number; cursor: string };
        expect(manifest.rows).toBeGreaterThan(0);
        expect(readFileSync(join(work, "m.csv"), "utf8").trim().split("\n")).toHaveLength(manifest.rows + 1);
      },
    },
    bad: {
      args: ["--subgraph", "fit", "--dataset", "nope", "--destination", "lake"],
      env: { DATABASE_URL: databaseUrl, SILTA_EXPORT_DESTINATION_KEYS: exportKeys },
      expect: (result) => expect(result.stderr).toMatch(/--dataset must be one of .*measurements.* for fit/),
    },
  },
  "npm run audit:verify": {
    command: npmRun("audit:verify"),
    help: ["--help"],
    real: {
      after: "npm run seed",
      args: ["--checkpoint", join(work, "checkpoint.json")],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
      expect: (result) => {
        expect(result.stdout).toMatch(/^OK: access log of .* intact/);
        expect(existsSync(join(work, "checkpoint.json"))).toBe(true);
      },
    },
    moreReal: [
      {
        // The hourly run: only what was sealed after the checkpoint the first run wrote (other
        // commands of this file may have logged and sealed more meanwhile).
        args: ["--checkpoint", join(work, "checkpoint.json"), "--since-checkpoint"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) =>
          expect(result.stdout).toMatch(
            /^OK: access log of .* intact after the checkpoint of \S+ \(seal \d+, still as checkpointed\): \d+ entries checked in \d+ seals sealed since/,
          ),
      },
      {
        // The scheduled run: the checkpoint's whole walk (the first run's) is minutes old, not 7 days;
        // its slice of the next walk of the whole log reaches the checkpoint's seal well within 900 s
        // (no seal at all when the seed's reads are not sealed yet).
        args: [
          "--checkpoint",
          join(work, "checkpoint.json"),
          "--since-checkpoint",
          "--slice-seconds",
          "900",
          "--whole-every",
          "7",
        ],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) => {
          expect(result.stdout).toMatch(/^OK: access log of .* intact after the checkpoint of /);
          expect(result.stdout).toMatch(
            /^The walk of the whole log begun \S+ walked (no seal|seals 1 to \d+ \(.*\)) and reached the checkpoint's seal \d+:/m,
          );
          expect(JSON.parse(readFileSync(join(work, "checkpoint.json"), "utf8"))).toHaveProperty("wholeAt");
        },
      },
      {
        // With no checkpoint yet, the scheduled run walks the whole log and writes the first one.
        args: ["--checkpoint", join(work, "first-checkpoint.json"), "--since-checkpoint", "--whole-every", "7"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) => {
          expect(result.stdout).toMatch(/^OK: access log of .* intact, \d+ entries checked in \d+ seals;/);
          expect(result.stdout).toMatch(/^No checkpoint was at .*first-checkpoint\.json: this run starts one\./m);
          expect(existsSync(join(work, "first-checkpoint.json"))).toBe(true);
        },
      },
    ],
    bad: {
      args: ["--checkpoint", join(work, "checkpoint.json")],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents" },
      expect: (result) => expect(result.stderr).toMatch(/--checkpoint needs AUDIT_CHECKPOINT_KEY/),
    },
    moreBad: [
      {
        args: ["--since-checkpoint"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents" },
        expect: (result) => expect(result.stderr).toMatch(/--since-checkpoint needs --checkpoint <file>/),
      },
      {
        args: ["--checkpoint", join(work, "no-such-checkpoint.json"), "--since-checkpoint"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) => expect(result.stderr).toMatch(/there is no checkpoint at .*no-such-checkpoint\.json yet/),
      },
      {
        args: ["--checkpoint", join(work, "checkpoint.json"), "--slice-seconds", "900"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) => expect(result.stderr).toMatch(/--slice-seconds needs --since-checkpoint/),
      },
      {
        args: ["--checkpoint", join(work, "checkpoint.json"), "--since-checkpoint", "--whole-every", "0"],
        env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents", AUDIT_CHECKPOINT_KEY: "a".repeat(32) },
        expect: (result) => expect(result.stderr).toMatch(/--whole-every must be a whole number of days from 1 to 9999, got 0/),
      },
    ],
  },
  "npm run audit:retire": {
    command: npmRun("audit:retire"),
    help: ["--help"],
    real: {
      after: "npm run audit:verify",
      args: ["--dry-run"],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents" },
      expect: (result) => expect(result.stdout).toMatch(/^Nothing to retire: no month of the access log .* ended 12 years ago/),
    },
    bad: {
      args: ["--retention-years", "5"],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "consents" },
      expect: (result) => expect(result.stderr).toMatch(/--retention-years must be .* at least 12 \(Act 703\/2023\), got 5/),
    },
  },
  "tsx subgraphs/fit/src/import/main.ts": {
    command: npxTsx("subgraphs/fit/src/import/main.ts"),
    help: ["--help"],
    real: {
      // As the README writes it: the file, then --skip-invalid, with no --format.
      after: "npm run seed",
      args: [join(work, "sessions.csv"), "--skip-invalid"],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "fit" },
      expect: (result) => {
        expect(JSON.parse(result.stdout)).toMatchObject({ committed: true, rowsRejected: 0 });
      },
    },
    bad: {
      args: [join(work, "missing.csv"), "--skip-invalid"],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "fit" },
      expect: (result) => expect(result.stderr).toMatch(/missing\.csv: no such file/),
    },
  },
  "tsx subgraphs/training/src/import/main.ts": {
    command: npxTsx("subgraphs/training/src/import/main.ts"),
    help: ["--help"],
    real: {
      after: "npm run seed",
      args: [join(work, "trainings.csv")],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "training" },
      expect: (result) => expect(JSON.parse(result.stdout)).toMatchObject({ created: 1, rejected: [] }),
    },
    bad: {
      args: [join(work, "missing.csv")],
      env: { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: "training" },
      expect: (result) => expect(result.stderr).toMatch(/missing\.csv: no such file/),
    },
  },
  "tsx gateway/src/persistedQueries/register.ts": {
    command: npxTsx("gateway/src/persistedQueries/register.ts"),
    help: ["--help"],
    real: {
      args: [join(work, "cis.json"), "--client", `doc-${databaseName}`],
      env: { REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: `test:${databaseName}` },
      expect: (result) => expect(result.stdout).toMatch(/Registered 1 operations from .*cis\.json \(1 new\)/),
    },
    bad: {
      args: [join(work, "missing.json")],
      env: { REDIS_URL: testRedisUrl },
      expect: (result) => expect(result.stderr).toMatch(/missing\.json: no such file/),
    },
  },
  "tsx subgraphs/<name>/src/main.ts": {
    coveredBy: "e2e/embeddedHub.e2e.test.ts",
    because: "the embedded hub runs the same subgraph factories; servers mode is the docker-compose check",
    cases: {
      command: npxTsx("subgraphs/teams/src/main.ts"),
      help: ["--help"],
      bad: { args: [], env: { DATABASE_URL: "not a url" }, expect: (result) => expect(result.stderr).toMatch(/DATABASE_URL/) },
    },
  },
  "tsx gateway/src/main.ts": {
    coveredBy: "e2e/embeddedHub.e2e.test.ts",
    because: "the gateway needs running subgraphs; the embedded hub starts the same gateway",
    cases: {
      command: npxTsx("gateway/src/main.ts"),
      help: ["--help"],
      bad: { args: [], env: { PORT: "-3" }, expect: (result) => expect(result.stderr).toMatch(/PORT/) },
    },
  },
  "npm run bench:export": {
    command: npmRun("bench:export"),
    help: ["--help"],
    real: {
      args: ["--rows", "2000", "--formats", "csv,parquet,ndjson"],
      env: { DATABASE_URL: databaseUrl },
      expect: (result) => expect(result.stdout).toMatch(/parquet/),
    },
    bad: { args: ["--rows", "0"], expect: (result) => expect(result.stderr).toMatch(/--rows must be a whole number/) },
  },
  "tsx subgraphs/fit/bench/export.ts": {
    coveredBy: "scripts/test/documentedCommands.int.test.ts",
    because: "it is `npm run bench:export`, run above",
  },
  "npm run bench:ui": {
    command: npmRun("bench:ui"),
    help: ["--help"],
    real: {
      args: ["--runs", "1"],
      expect: (result) => {
        expect(result.stdout).toMatch(/Caseload view: 1 run\(s\) as socialWorker/);
        expect(result.stdout).toMatch(/app loaded \(sign-in page usable\)\s+median\s+[\d,.]+ ms\s+p95/);
        expect(result.stdout).toMatch(
          /caseload rendered after sign-in\s+median\s+[\d,.]+ ms\s+p95\s+[\d,.]+ ms.*budget 1,000 ms/,
        );
      },
      timeoutMs: 400_000,
    },
    bad: { args: ["--runs", "none"], expect: (result) => expect(result.stderr).toMatch(/--runs must be a whole number/) },
  },
  "npm run bench:gateway": {
    command: npmRun("bench:gateway"),
    help: ["--help"],
    real: {
      args: ["--smoke", "--profile", join(work, "gateway-profile")],
      expect: (result) => {
        expect(result.stdout).toMatch(/Gateway benchmark \(smoke\)/);
        expect(result.stdout).toMatch(/answer to TestQuery: 8\d\.\d kB/);
        expect(result.stdout).toMatch(/requests per CPU-second of the gateway/);
        expect(result.stdout).toMatch(/Silta's gateway CPU by phase/);
        // Each gateway's subgraph requests per request, counted by the subgraphs. Only printed here:
        // a smoke round of 2 s on a busy machine counts the subgraph requests of the requests still
        // in flight at its end against few answers (17 for Silta once in CI, against 9.2–9.8 in full
        // rounds); how many requests Silta sends is tested in entityBatches.test.ts.
        for (const gateway of ["silta", "stock"])
          expect(result.stdout).toMatch(new RegExp(`^  ${gateway} .* \\d+\\.\\d subgraph requests/request`, "m"));
      },
      timeoutMs: 200_000,
    },
    bad: { args: ["--fast"], expect: (result) => expect(result.stderr).toMatch(/unknown arguments: --fast/) },
    moreBad: [
      {
        args: ["--smoke", "--baseline", join(work, "no-such-checkout")],
        expect: (result) =>
          expect(result.stderr).toMatch(/--baseline .*no-such-checkout: no gateway\/bench\/siltaGateway\.ts there/),
      },
      { args: ["--smoke", "--baseline"], expect: (result) => expect(result.stderr).toMatch(/--baseline needs the folder/) },
    ],
  },
  // Not a separate program: `npm run bench:gateway -- --baseline <checkout>`, whose real run is the side by side comparison.
  "npm run bench:gateway -- --baseline": {
    command: npmRun("bench:gateway"),
    help: ["--help"],
    real: {
      // This checkout against itself: the two gateways' answers are compared and each is measured.
      args: ["--smoke", "--baseline", root],
      expect: (result) => {
        expect(result.stdout).toMatch(/Gateway benchmark \(smoke, this checkout against /);
        expect(result.stdout).toMatch(/answer to TestQuery: 8\d\.\d kB/);
        expect(result.stdout).toMatch(/baseline\/this CPU per request by round ×\d+\.\d\d; median of rounds ×\d+\.\d\d/);
      },
      timeoutMs: 200_000,
    },
    bad: {
      args: ["--baseline", join(work, "no-such-checkout")],
      expect: (result) => expect(result.stderr).toMatch(/no gateway\/bench\/siltaGateway\.ts there/),
    },
  },
  "tsx gateway/bench/fragmentBomb.ts": {
    coveredBy: "gateway/test/fragmentBombBench.int.test.ts",
    because: "that test runs the command and reads its figures",
  },
  "tsx gateway/bench/run.ts": {
    coveredBy: "scripts/test/documentedCommands.int.test.ts",
    because: "it is `npm run bench:gateway`, run above",
  },
  "tsx subgraphs/consents/bench/accessBenchmark.ts": {
    command: npxTsx("subgraphs/consents/bench/accessBenchmark.ts"),
    help: ["--help"],
    real: { args: ["1000"], expect: (result) => expect(result.stdout).toMatch(/filled 1000 clients/), timeoutMs: 90_000 },
    bad: { args: ["ten"], expect: (result) => expect(result.stderr).toMatch(/clients must be a whole number/) },
  },
  "tsx subgraphs/consents/bench/verifySlices.ts": {
    command: npxTsx("subgraphs/consents/bench/verifySlices.ts"),
    help: ["--help"],
    real: {
      args: ["--entries", "300", "--per-seal", "25", "--slice-seconds", "0", "--rounds", "2"],
      expect: (result) => {
        expect(result.stdout).toMatch(/^Access log of 300 entries in 12 seals, written in [\d.]+ s; slices of 0 s$/m);
        // Slices of no budget walk one seal each: twelve a walk, each round a row with its ratio.
        const row = (round: number) => new RegExp(String.raw`^\| ${round} \| [\d.]+ s, [\d,]+ \| 12 \| .* \| ×[\d.]+ \|$`, "m");
        expect(result.stdout).toMatch(row(1));
        expect(result.stdout).toMatch(row(2));
      },
      timeoutMs: 90_000,
    },
    bad: {
      args: ["--per-seal", "0"],
      expect: (result) => expect(result.stderr).toMatch(/--per-seal must be a whole number from 1 to 5000 \(is 0\)/),
    },
  },
  "tsx subgraphs/consents/bench/sealerPartitions.ts": {
    command: npxTsx("subgraphs/consents/bench/sealerPartitions.ts"),
    help: ["--help"],
    real: {
      args: ["--turns", "5", "--rounds", "2", "--entries", "3", "--years", "1"],
      expect: (result) => {
        expect(result.stdout).toMatch(/^## a new log: \d+ partitions of access_log/m);
        expect(result.stdout).toMatch(/^## 1 year of months: \d+ partitions of access_log/m);
        // Both ways each time, both kinds of turn, a ratio per block.
        const row = (turn: string) =>
          new RegExp(String.raw`^\| ${turn} \| [\d.]+ / [\d.]+ ms \| [\d.]+ / [\d.]+ ms \| .* \| ×[\d.]+, ×[\d.]+ \|$`, "m");
        expect(result.stdout).toMatch(row("after an append"));
        expect(result.stdout).toMatch(row("idle"));
      },
      timeoutMs: 90_000,
    },
    bad: {
      args: ["--years", "0"],
      expect: (result) => expect(result.stderr).toMatch(/--years must be a whole number from 1 to 30 \(is 0\)/),
    },
    moreBad: [{ args: ["--fast"], expect: (result) => expect(result.stderr).toMatch(/Unknown option '--fast'/) }],
  },
  "npm run bench:access": {
    command: npmRun("bench:access"),
    help: ["--help"],
    real: {
      args: ["1", "2"],
      expect: (result) => {
        expect(result.stdout).toMatch(/area team 643 × 4 \| objects \| 2 \|/);
        expect(result.stdout).toMatch(/area team 643 × 4 \| sealed \| 2 \|/);
      },
      timeoutMs: 120_000,
    },
    bad: { args: ["many"], expect: (result) => expect(result.stderr).toMatch(/rounds must be a whole number/) },
  },
  "npm run bench:views": {
    command: npmRun("bench:views"),
    help: ["--help"],
    real: {
      // A tiny county of its own database, its hub and this same checkout's as the baseline (compared
      // with itself): the script's path end to end, not its figures.
      args: ["--clients", "300", "--small", "0", "--runs", "2", "--rounds", "1", "--baseline", ".", "--ab-rounds", "2"],
      expect: (result) => {
        // Every request answered (the last column, failed): the hub runs as in production, and its
        // gateway accepted the benchmark's tokens through the key set it fetched.
        expect(result.stdout).toMatch(/^\| my caseload \(\d+ clients\) \|.* \| 0 \|$/m);
        expect(result.stdout).toMatch(
          /^my caseload \(\d+ clients\): side by side, \d+ requests at \d+ connections per phase, 2 rounds/m,
        );
        expect(result.stdout).toMatch(
          /^ {2}round 2: this [\d.]+ ms, p95 .*; baseline [\d.]+ ms, p95 .*; baseline ÷ this ×[\d.]+/m,
        );
        expect(result.stdout).toMatch(/^ {2}baseline ÷ this, CPU per request: median of rounds ×[\d.]+ \(×[\d.]+–×[\d.]+\)$/m);
        expect(result.stdout).toMatch(/^\| FIT outcome report by team, a year \|/m);
        expect(result.stdout).toMatch(/concurrent area team views .* timeouts \d+, circuits opened \d+/);
        expect(result.stdout).toMatch(
          /^my caseload \(\d+ clients\): CPU per request in the loaded phase \(\/proc, ms\): .*; all [\d.]+; the benchmark's own process [\d.]+, not in all; the machine's cores \d+ % idle, \d+ % stolen by the host$/m,
        );
        expect(result.stdout).toMatch(
          /^my caseload \(\d+ clients\): warmed up with [2-6] phases of \d+ requests at \d+ connections, CPU per request [\d.]+( → [\d.]+)+ ms/m,
        );
      },
      timeoutMs: 230_000,
    },
    bad: {
      args: ["--clients", "300", "--small", "500"],
      expect: (result) => expect(result.stderr).toMatch(/--small must be less than --clients/),
    },
    moreBad: [
      {
        // A baseline that is no checkout of Silta is refused before anything starts.
        args: ["--baseline", "/nonexistent-checkout"],
        expect: (result) => expect(result.stderr).toMatch(/--baseline must be a checkout of Silta/),
      },
      {
        args: ["--ab-rounds", "0"],
        expect: (result) => expect(result.stderr).toMatch(/--ab-rounds must be a whole number from 1 to 100/),
      },
      {
        // A word that names no view would measure nothing and print an empty table.
        args: ["--views", "caseload,casload"],
        expect: (result) => expect(result.stderr).toMatch(/--views must name views .*no view is named by casload/),
      },
    ],
  },
  "tsx subgraphs/clients/bench/searchAndDeadlines.ts": {
    command: npxTsx("subgraphs/clients/bench/searchAndDeadlines.ts"),
    help: ["--help"],
    real: { args: ["200", "2"], expect: (result) => expect(result.stdout).toMatch(/p50/), timeoutMs: 180_000 },
    bad: { args: ["200", "-1"], expect: (result) => expect(result.stderr).toMatch(/unknown option -1|runs must be/) },
  },
  "tsx subgraphs/clients/bench/pooledReads.ts": {
    command: npxTsx("subgraphs/clients/bench/pooledReads.ts"),
    help: ["--help"],
    real: {
      after: "npm run seed",
      args: ["--calls", "5", "--rounds", "2"],
      env: { DATABASE_URL: databaseUrl },
      expect: (result) => {
        expect(result.stdout).toMatch(/^name search ".+", 60 matches at most \(\d+ rows\)$/m);
        expect(result.stdout).toMatch(/^ {2}round 2: raw path [\d.]+ ms CPU, [\d.]+ ms wall; pool [\d.]+ ms CPU/m);
        expect(result.stdout).toMatch(/^ {2}CPU per call, raw path ÷ pool: median of rounds ×[\d.]+ \(×[\d.]+–×[\d.]+\)$/m);
      },
    },
    bad: {
      args: ["--calls", "0"],
      env: { DATABASE_URL: databaseUrl },
      expect: (result) => expect(result.stderr).toMatch(/--calls must be a whole number from 1 to 100000/),
    },
    moreBad: [
      { args: [], env: { DATABASE_URL: "" }, expect: (result) => expect(result.stderr).toMatch(/DATABASE_URL must name/) },
    ],
  },
  "tsx kernel/bench/subgraphFixedCost.ts": {
    command: npxTsx("kernel/bench/subgraphFixedCost.ts"),
    help: ["--help"],
    real: {
      args: ["--shape", "fit", "--clients", "5", "--requests", "20", "--rounds", "2", "--warm-up", "10"],
      expect: (result) =>
        expect(result.stdout).toMatch(/_entities of 5 clients \(fit\), 20 requests × 2 rounds: median [\d.]+ µs CPU/),
      timeoutMs: 90_000,
    },
    bad: {
      args: ["--clients", "0"],
      expect: (result) => expect(result.stderr).toMatch(/--clients must be a whole number from 1/),
    },
    moreBad: [
      { args: ["--shape", "gateway"], expect: (result) => expect(result.stderr).toMatch(/--shape must be clients or fit/) },
      { args: ["--fast"], expect: (result) => expect(result.stderr).toMatch(/Unknown option '--fast'/) },
    ],
  },
  "tsx kernel/bench/messageCost.ts": {
    command: npxTsx("kernel/bench/messageCost.ts"),
    help: ["--help"],
    real: {
      args: ["--calls", "20", "--rounds", "2", "--warm-up", "5", "--idle-calls", "5", "--idle-ms", "2"],
      env: { DATABASE_URL: testPostgresUrl },
      expect: (result) => {
        // Back to back, then after the pause: wall, the caller's CPU, the answerer's CPU each, and the ratio of the walls.
        const cells = String.raw`(?: [\d.]+ µs \|){6} ×[\d.]+ \|$`;
        expect(result.stdout).toMatch(
          /^\| exchange \| wall per exchange \| .* \| after 2 ms idle: wall \| .* \| wall, idle ÷ back to back \|$/m,
        );
        expect(result.stdout).toMatch(
          new RegExp(String.raw`^\| TCP round trip on loopback \(two Node processes\) \|${cells}`, "m"),
        );
        expect(result.stdout).toMatch(
          new RegExp(String.raw`^\| HTTP call, keep-alive \(undici Pool → node:http\) \|${cells}`, "m"),
        );
        // PostgreSQL runs on this machine, so its backend's CPU is read, in both parts.
        expect(result.stdout).toMatch(
          new RegExp(String.raw`^\| prepared statement over a pg pool \(SELECT \$1::int\) \|${cells}`, "m"),
        );
      },
    },
    bad: {
      args: ["--bytes", "8"],
      expect: (result) => expect(result.stderr).toMatch(/--bytes must be a whole number from 16 to 1048576 \(is 8\)/),
    },
    moreBad: [
      { args: ["--calls", "1.5"], expect: (result) => expect(result.stderr).toMatch(/--calls must be a whole number/) },
      {
        args: ["--idle-ms", "1001"],
        expect: (result) => expect(result.stderr).toMatch(/--idle-ms must be a whole number from 0 to 1000 \(is 1001\)/),
      },
    ],
  },
  "npm run bench:import": {
    command: npmRun("bench:import"),
    help: ["--help"],
    real: {
      args: ["--measurements", "200"],
      expect: (result) => expect(result.stdout).toMatch(/rows\/s|measurements/),
      timeoutMs: 90_000,
    },
    bad: {
      args: ["--measurements", "1.5"],
      expect: (result) => expect(result.stderr).toMatch(/measurements must be a whole number/),
    },
  },
  "tsx subgraphs/fit/bench/importBenchmark.ts": {
    coveredBy: "scripts/test/documentedCommands.int.test.ts",
    because: "it is `npm run bench:import`, run above",
  },
  "tsx subgraphs/fit/bench/reportBenchmark.ts": {
    command: npxTsx("subgraphs/fit/bench/reportBenchmark.ts"),
    help: ["--help"],
    real: { args: ["2000"], expect: (result) => expect(result.stdout).toMatch(/fitUsers|users/i), timeoutMs: 90_000 },
    bad: { args: ["0"], expect: (result) => expect(result.stderr).toMatch(/measurements must be a whole number/) },
  },
  "tsx scripts/export/datasetTables.ts": {
    command: npxTsx("scripts/export/datasetTables.ts"),
    help: ["--help"],
    real: { args: [], expect: (result) => expect(result.stdout).toMatch(/^### clients/m) },
    bad: { args: ["--write"], expect: (result) => expect(result.stderr).toMatch(/unexpected arguments: --write/) },
  },
};

const hasCases = (entry: (typeof cases)[string]): entry is Cases => "real" in entry;

describe("the documented commands", () => {
  const documented = documentedCommands();

  it("each has a case in this table (a command documented but not tested fails here)", () => {
    const missing = [...documented.keys()].filter((key) => !(key in cases));
    expect(missing).toEqual([]);
  });

  it("include every npm script of package.json, so none is undocumented", () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: object }).scripts);
    const undocumented = scripts.filter((name) => !documented.has(`npm run ${name}`) && !documented.has(`npm ${name}`));
    expect(undocumented).toEqual([]);
  });

  it("name for each case covered elsewhere a test file that exists and runs that command", () => {
    for (const [key, entry] of Object.entries(cases)) {
      if (!("coveredBy" in entry)) continue;
      const file = join(root, entry.coveredBy);
      expect({ key, exists: existsSync(file) }).toEqual({ key, exists: true });
    }
  });
});

describe.each(
  Object.entries(cases).flatMap(([key, entry]) =>
    hasCases(entry) ? [[key, entry] as const] : "cases" in entry && entry.cases ? [[key, entry.cases] as const] : [],
  ),
)("%s", (_key, entry) => {
  it.concurrent(
    "prints its usage with --help and exits 0",
    async () => {
      const result = await runCommand([...entry.command, ...entry.help], quiet);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(/usage/i);
    },
    60_000,
  );

  it.concurrent(
    "refuses bad input with a clear message, a non-zero exit and no stack trace",
    async () => {
      for (const bad of [entry.bad, ...(entry.moreBad ?? [])]) {
        const result = await runCommand([...entry.command, ...bad.args], { ...quiet, ...bad.env });
        expect(result.code).not.toBe(0);
        expect(output(result)).not.toMatch(stackTraceLine);
        bad.expect(result);
      }
    },
    60_000,
  );
});

describe("the documented commands on a fresh database, in order", () => {
  afterAll(async () => {
    if (!preparing) return;
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  const realRuns = Object.entries(cases).filter((pair): pair is [string, Cases] => hasCases(pair[1]));
  // Concurrent to keep the file short; a run that needs another's data waits for it. Jest starts
  // concurrent tests in table order, so a run's prerequisite has always started before it waits.
  const ended = new Map(realRuns.map(([key]) => [key, deferred()]));
  it.concurrent.each(realRuns)(
    "%s runs on small data and exits 0",
    async (key, entry) => {
      try {
        if (entry.real.after) await ended.get(entry.real.after)!.promise;
        await realRun(key, entry);
      } finally {
        ended.get(key)!.resolve();
      }
    },
    // The longest run's own timeout (bench:ui starts an embedded hub), so each run ends by its own.
    420_000,
  );
});

/**
 * The fresh database and the input files, made once by the first real run: Jest may start
 * concurrent tests before beforeAll has run.
 */
let preparing: Promise<void> | undefined;
function prepared(): Promise<void> {
  preparing ??= (async () => {
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    writeFileSync(join(work, "sessions.csv"), fitCsv("2026-02-02"));
    const operation = "query Me { __typename }";
    writeFileSync(
      join(work, "cis.json"),
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: createHash("sha256").update(operation).digest("hex"), name: "Me", type: "query", body: operation }],
      }),
    );
  })();
  return preparing;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

async function realRun(key: string, entry: Cases): Promise<void> {
  await prepared();
  if (key === "tsx subgraphs/training/src/import/main.ts") {
    // A course and a professional of the seeded county, as a training register would name them.
    const [course] = await query<{ id: string }>("training", "SELECT id FROM course ORDER BY id LIMIT 1");
    const [person] = await query<{ professional_id: string }>(
      "training",
      "SELECT professional_id FROM training_completion ORDER BY professional_id LIMIT 1",
    );
    writeFileSync(
      join(work, "trainings.csv"),
      `professional_id,course_id,completed_on,attended,completed\n${person!.professional_id},${course!.id},2020-01-02,true,true\n`,
    );
  }
  for (const run of [entry.real, ...(entry.moreReal ?? [])]) {
    const result = await runCommand(
      [...entry.command, ...run.args],
      { ...quiet, ...ownBenchmarkLock(), ...run.env },
      { timeoutMs: run.timeoutMs ?? 60_000 },
    );
    if (result.code !== 0)
      throw new Error(`${key} ${run.args.join(" ")} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
    run.expect(result);
  }
}
