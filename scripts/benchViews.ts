import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPostgres, startProgress, type Database } from "@silta/kernel";
import { testPostgresUrl } from "@silta/testkit";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";
import { createDevTokenIssuer } from "@silta/gateway";
import { hashIdentityCode } from "@silta/clients/identityCode";
import { identityCodeCipher } from "@silta/clients/identityCodeCipher";
import { areaViewBurst, type BurstResult } from "./bench/areaViewBurst";
import { DecisionTimer } from "./bench/decisionTimer";
import { everydayViews, findFixtures, type Fixtures, type View } from "./bench/everydayViews";
import { GraphqlCaller } from "./bench/graphqlCaller";
import { ms } from "./bench/latency";
import { measureView, type ViewResult } from "./bench/measureViews";
import { hubCpuOf, measuredPhase, phaseCpuLine, profileDirectory, profileLines, type PhaseCpu } from "./bench/profiledPhase";
import { startServersHub, type ServersHubOptions } from "./bench/serversHub";
import { warmUntilSteady, warmUpLine } from "./bench/warmUp";
import { baselineLauncher, measureSideBySide, startBaselineHub } from "./bench/sideBySide";
import { closeAll, migrateSubgraphs, openSubgraphDatabases } from "./migrate";
import { dayOf, isoDay } from "./seed/days";
import { seedHub } from "./seed/seedHub";
import { ArgumentError, wholeNumberArgument } from "./cliArguments";

const usage = `Usage: npm run bench:views -- [--clients 100000] [--small 10000] [--runs 30] [--connections 8] [--rounds 3] [--port <base>] [--explain] [--baseline <checkout>]

The everyday views of a social worker at county scale, through the gateway in servers mode, beside
the raw SQL of the same data (docs/benchmarks.md). For each size it creates a fresh PostgreSQL
database on TEST_DATABASE_URL's server, seeds it (npm run seed's code), starts the six subgraphs and
the gateway as servers mode runs them, measures, stops them and drops the database. Each view is
first warmed, unmeasured, until its CPU per request stops falling (its phases are printed).

  --clients      clients of the county measured in full (default 100000)
  --small        a smaller county on which only name search is measured, for its growth (default 10000; 0: none)
  --runs         requests per view one at a time, and the raw SQL as often (default 30); the loaded phase
                 sends as many with --connections in flight, at least 4 per connection
  --connections  requests in flight for the loaded p95 (default 8)
  --rounds       rounds of 32 concurrent area team views (default 3)
  --port         the gateway's port, the subgraphs on the next six (default: free ports)
  --explain      also print EXPLAIN (ANALYZE, BUFFERS) of each view's statement
  --database     measure this database of the same server, seeded before by npm run seed (kept; no --small
                 run): for profiling one change after another without seeding each time
  --views        measure only the views whose name contains one of these comma-separated words (e.g.
                 caseload,overdue); no concurrent area views then
  --cpu-profile  write a CPU profile of every process of the hub during each view's phase at --connections
                 into this directory, and print where their time went
  --baseline     another checkout of Silta (e.g. ../main): its hub is started too, the way that checkout
                 starts it, on the same database, and after the table each view's loaded phase runs on
                 both hubs in turns (--ab-rounds rounds, the order alternating), printing the CPU per
                 request of each side and their ratio per round: a change against what it changes, side by side
  --ab-rounds    rounds of the side-by-side comparison (default 6)`;

interface Arguments {
  clients: number;
  small: number;
  runs: number;
  connections: number;
  rounds: number;
  port: number | undefined;
  explain: boolean;
  database: string | undefined;
  views: string[] | undefined;
  cpuProfile: string | undefined;
  /** The other checkout's hub launcher (`--baseline`). */
  baseline: string | undefined;
  abRounds: number;
}

function readArguments(argv: string[]): Arguments | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        clients: { type: "string", default: "100000" },
        small: { type: "string", default: "10000" },
        runs: { type: "string", default: "30" },
        connections: { type: "string", default: "8" },
        rounds: { type: "string", default: "3" },
        port: { type: "string" },
        explain: { type: "boolean", default: false },
        database: { type: "string" },
        views: { type: "string" },
        "cpu-profile": { type: "string" },
        baseline: { type: "string" },
        "ab-rounds": { type: "string", default: "6" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  if (values.help) return "help";
  const whole = wholeNumberArgument;
  const clients = whole("clients", values.clients, 50, 2_000_000);
  const small = whole("small", values.small, 0, 2_000_000);
  if (values.database !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(values.database))
    throw new ArgumentError(`--database must be a database name of lower-case letters, digits and _ (is ${values.database})`);
  if (small >= clients) throw new ArgumentError(`--small must be less than --clients (is ${small}, --clients ${clients})`);
  return {
    clients,
    small,
    runs: whole("runs", values.runs, 1, 10_000),
    connections: whole("connections", values.connections, 1, 64),
    rounds: whole("rounds", values.rounds, 1, 100),
    port: values.port === undefined ? undefined : whole("port", values.port, 1024, 65_000),
    explain: values.explain,
    database: values.database,
    views: viewWords(values.views),
    cpuProfile: values["cpu-profile"],
    baseline: values.baseline === undefined ? undefined : baselineLauncher(values.baseline),
    abRounds: whole("ab-rounds", values["ab-rounds"], 1, 100),
  };
}

/** The views' names, without the counts the county fills in: what a --views word must be part of. */
const VIEW_NAMES = ["my caseload", "area team view", "name search", "overdue concerns", "FIT outcome report by team"];

/** --views as words, each part of some view's name: a word that chooses nothing is refused, not measured as nothing. */
function viewWords(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const words = text
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
  const unknown = words.filter((word) => !VIEW_NAMES.some((name) => name.includes(word)));
  if (words.length === 0 || unknown.length > 0)
    throw new ArgumentError(
      `--views must name views by words of their names (${VIEW_NAMES.join(", ")}); ${words.length === 0 ? "none given" : `no view is named by ${unknown.join(", ")}`}`,
    );
  return words;
}

interface Measured {
  clients: number;
  seedSeconds: number;
  fixtures: Fixtures;
  views: ViewResult[];
  burst?: BurstResult;
  explains: { name: string; plan: string }[];
}

/** One county: a fresh database, seeded, a servers-mode hub on it, the views measured; everything removed after. */
async function measureCounty(clients: number, args: Arguments, only?: (view: View) => boolean): Promise<Measured> {
  const today = new Date().toISOString().slice(0, 10);
  const existing = only ? undefined : args.database;
  const databaseName = existing ?? `silta_views_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  if (!existing) await admin.query(`CREATE DATABASE ${databaseName}`);
  const databaseUrl = Object.assign(new URL(testPostgresUrl), { pathname: `/${databaseName}` }).toString();
  const dataDir = await mkdtemp(join(tmpdir(), "silta-views-"));
  // A database seeded by npm run seed was hashed with its IDENTITY_CODE_HASH_KEY; the views do not search by identity code.
  const hashKey = process.env["IDENTITY_CODE_HASH_KEY"] ?? randomBytes(32).toString("hex");
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    console.log(
      `\n${clients.toLocaleString("en-US")} clients: database ${databaseName}${existing ? " (seeded before, kept)" : ""}`,
    );
    const seedStarted = Date.now();
    if (!existing) await seedFresh(databaseUrl, clients, today, hashKey);
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    console.log(`  seeded in ${seedSeconds.toFixed(1)} s (migrations included), as of ${isoDay(dayOf(today))}`);

    const database: Database = await openPostgres({ url: databaseUrl, schema: "public", poolSize: 4 });
    cleanups.push(() => database.close());
    const fixtures = await findFixtures(database.sql, today);
    // The hub's gateway fetches this key as an identity provider's; kept where a development-mode
    // gateway reads its key (a --baseline checkout from before 2026-12-07), so both accept the tokens.
    const issuer = await createDevTokenIssuer({ keyFile: join(dataDir, "dev-issuer-key.json") });
    const professionalToken = (id: string, organizationId: string, roles: string[]) =>
      issuer.issue({ sub: id, silta_kind: "professional", silta_org: organizationId, roles });
    const tokens = {
      worker: await professionalToken(fixtures.worker.id, fixtures.worker.organizationId, ["social_worker"]),
      manager: await professionalToken(fixtures.manager.id, fixtures.manager.organizationId, ["manager"]),
    };
    const decisions = new DecisionTimer();
    cleanups.push(() => decisions.stop());
    console.log("  starting the hub in servers mode (six subgraphs and the gateway, NODE_ENV=production)");
    const hubOptions: ServersHubOptions = {
      databaseUrl,
      dataDir,
      tokenKeys: issuer.jwks,
      identityCodeHashKey: hashKey,
      viewerSigningSecret: randomBytes(32).toString("hex"),
      basePort: args.port,
      routeAccessDecisions: (target) => decisions.start(target),
      // A handful of benchmark callers send thousands of requests: the per-caller rate limit is not what is measured.
      gatewayEnv: { RATE_LIMIT_REQUESTS: "10000000" },
      ...(args.cpuProfile ? { cpuProfileDir: await profileDirectory(args.cpuProfile) } : {}),
    };
    const hub = await startServersHub(hubOptions);
    cleanups.push(() => hub.stop());
    const caller = new GraphqlCaller(hub.gatewayUrl);
    cleanups.push(() => caller.close());
    const chosen = (view: View) => !args.views || args.views.some((word) => view.name.includes(word));
    const views = everydayViews(fixtures).filter(only ?? chosen);
    const results: ViewResult[] = [];
    printHeader(clients, seedSeconds, fixtures, args.connections);
    // Printed after the table, which they would cut.
    const notes: string[] = [];
    for (const [index, view] of views.entries()) {
      const cpu: PhaseCpu = { byProcess: new Map(), postgres: 0 };
      const profile = args.cpuProfile ? { dir: args.cpuProfile, phase: index + 1 } : undefined;
      results.push(
        await measureView(view, {
          caller,
          tokens,
          sql: database.sql,
          decisions,
          runs: args.runs,
          connections: args.connections,
          warmUp: (phase) => warmUntilSteady(phase, hubCpuOf(hub, database.sql)),
          aroundLoaded: measuredPhase(hub, database.sql, cpu, profile),
        }),
      );
      const result = results[results.length - 1]!;
      printRow(result);
      const loadedRequests = Math.max(args.runs, args.connections * 4);
      notes.push(`\n${view.name}: ${warmUpLine(result.warmUp!, args.connections)}`);
      notes.push(`${view.name}: ${phaseCpuLine(cpu, loadedRequests)}`);
      if (profile) notes.push(...profileLines(profile.dir, profile.phase, loadedRequests));
    }
    for (const note of notes) console.log(note);
    if (args.baseline && !only) {
      console.log(`\n  starting the baseline's hub (${args.baseline})`);
      const baseline = await startBaselineHub(args.baseline, hubOptions);
      cleanups.push(
        () => baseline.hub.stop(),
        () => baseline.caller.close(),
      );
      const sides = [{ label: "this", hub, caller }, baseline] as const;
      const settings = {
        tokens,
        sql: database.sql,
        connections: args.connections,
        requests: Math.max(args.runs, args.connections * 4),
        rounds: args.abRounds,
      };
      for (const view of views) await measureSideBySide(view, sides, settings);
    }
    let burst: BurstResult | undefined;
    if (!only && !args.views) {
      const viewers = await Promise.all(
        fixtures.areaViewers.map(async (viewer) => ({
          token: await professionalToken(viewer.id, viewer.organizationId, ["social_worker"]),
          teamId: viewer.teamId,
        })),
      );
      burst = await areaViewBurst(caller, hub.gatewayUrl, viewers, args.rounds);
      printBurst(burst);
    }
    const explains = args.explain ? await explainViews(database, views) : [];
    for (const { name, plan } of explains) console.log(`\nEXPLAIN (ANALYZE, BUFFERS): ${name}\n${plan}`);
    return { clients, seedSeconds, fixtures, views: results, burst, explains };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (!existing) await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Migrations and a generated county of `clients`, as `npm run seed` writes them, with its progress per phase. */
async function seedFresh(databaseUrl: string, clients: number, today: string, hashKey: string): Promise<void> {
  const databases = await openSubgraphDatabases(databaseUrl);
  try {
    await migrateSubgraphs(databases);
    const cipher = identityCodeCipher(hashKey);
    await seedHub(
      databases,
      {
        clients,
        seed: 42,
        today: dayOf(today),
        hashIdentityCode: (code) => hashIdentityCode(code, hashKey),
        encryptIdentityCode: (code) => cipher.encrypt(code),
      },
      (label, unit, total) => startProgress({ label, unit, total }),
    );
  } finally {
    await closeAll(databases);
  }
}

async function explainViews(database: Database, views: View[]): Promise<{ name: string; plan: string }[]> {
  const plans: { name: string; plan: string }[] = [];
  for (const view of views) {
    const rows = await database.sql.transaction(async (tx) => {
      if (view.explain.schema) await tx.exec(`SET LOCAL search_path TO ${view.explain.schema}; SET LOCAL jit = off`);
      return tx.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${view.explain.text}`, view.explain.params);
    });
    plans.push({ name: view.name, plan: rows.map((row) => row["QUERY PLAN"]).join("\n") });
  }
  return plans;
}

/** Printed as soon as known, so a run that fails later (a shared server out of connections) keeps what it measured. */
function printHeader(clients: number, seedSeconds: number, fixtures: Fixtures, connections: number): void {
  console.log(
    `\n## ${clients.toLocaleString("en-US")} clients (seeded in ${seedSeconds.toFixed(1)} s); ` +
      `social worker with the median caseload of ${fixtures.worker.caseload}, area team of ${fixtures.areaTeam.clients}\n`,
  );
  console.log(
    `| view | single, median | single, p95 | p95 at ${connections} connections | raw SQL, median | gateway ÷ raw SQL | decisions + log share | clients shown | log entries per request | log bytes per entry | log bytes per client shown | failed |`,
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
}

function printRow(view: ViewResult): void {
  const share = Number.isFinite(view.decisionShare) ? `${Math.round(view.decisionShare * 100)} %` : "–";
  const bytes = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-US")} B` : "–");
  console.log(
    `| ${view.name} | ${ms(view.singleMedian)} | ${ms(view.singleP95)} | ${ms(view.concurrentP95)} | ${ms(view.rawMedian)} | ` +
      `${(view.singleMedian / view.rawMedian).toFixed(1)}× | ${share} | ${view.clientsShown} | ${view.logEntriesPerRequest.toFixed(0)} | ${bytes(view.logBytesPerClientRead)} | ${bytes(view.logBytesPerClientShown)} | ${view.failed}${view.errors.length ? ` (${view.errors.join(", ")})` : ""} |`,
  );
}

function printBurst(burst: BurstResult): void {
  console.log(
    `\n32 concurrent area team views (one page of 50, each viewer their own team): ${burst.requests} requests, ` +
      `p50 ${ms(burst.p50)}, p95 ${ms(burst.p95)}; timeouts ${burst.timeouts}, circuits opened ${burst.circuitsOpened} ` +
      `(${burst.circuitErrors} errors), denials ${burst.denials}${burst.otherErrors.length ? `, other errors: ${burst.otherErrors.join(", ")}` : ""}`,
  );
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  if (args === "help") {
    console.log(usage);
    return;
  }
  await withBenchmarkLock("bench:views", () => measureCounties(args));
}

async function measureCounties(args: Arguments): Promise<void> {
  console.log(
    `Everyday views benchmark: ${args.clients.toLocaleString("en-US")} clients` +
      (args.small ? `, name search also at ${args.small.toLocaleString("en-US")}` : "") +
      `; ${args.runs} runs per view, ${args.connections} connections`,
  );
  const small =
    args.small && !args.database
      ? await measureCounty(args.small, { ...args, explain: false }, (view) => view.name.startsWith("name search"))
      : undefined;
  const large = await measureCounty(args.clients, args);
  const search = (measured: Measured | undefined) => measured?.views.find((view) => view.name.startsWith("name search"));
  const [smallSearch, largeSearch] = [search(small), search(large)];
  if (smallSearch && largeSearch) {
    console.log(
      `\nName search growth from ${args.small.toLocaleString("en-US")} to ${args.clients.toLocaleString("en-US")} clients: ` +
        `median ${ms(smallSearch.singleMedian)} → ${ms(largeSearch.singleMedian)} (${(largeSearch.singleMedian / smallSearch.singleMedian).toFixed(2)}×), ` +
        `p95 ${ms(smallSearch.singleP95)} → ${ms(largeSearch.singleP95)} (${(largeSearch.singleP95 / smallSearch.singleP95).toFixed(2)}×); ` +
        `raw SQL ${ms(smallSearch.rawMedian)} → ${ms(largeSearch.rawMedian)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof ArgumentError) console.error("See: npm run bench:views -- --help");
  process.exit(1);
});
