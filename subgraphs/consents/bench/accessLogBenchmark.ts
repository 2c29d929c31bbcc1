/**
 * Access decisions and the access log at county scale: `npm run bench:access [-- [rounds=3] [concurrent=32]]`
 *
 * On real PostgreSQL (TEST_DATABASE_URL, as the tests use), a fresh schema with the access projection
 * of `concurrent` (32) area teams of 643 clients each, every team's professional responsible for 77 of them (a
 * caseload). Times what one subgraph request's decisions and log cost (`decideAndLog`: decided, and
 * the entries committed) for a caseload request (77 clients × 4 categories) and an area team view
 * (643 clients × 4 categories), one at a time and 8 and 32 at once (each request a different
 * professional), in these designs side by side in the same database:
 *
 * - `chain`: the first log's append, kept here as it was (one row per client and category, a global
 *   advisory lock, the last hash read, each row chained to the one before), into access_log_v1;
 * - `inline`: the sealed entries as they were until 2026-12-06, each carrying the request context
 *   (viewer, organisation, roles, purpose, request id, source) itself (kept here for comparison);
 * - `objects`: the sealed entries as they were until the eleventh sitting (2026-12-06): the context
 *   once, as now, but each item stored as an object (kept here for comparison);
 * - `sealed`: the service as it is (one entry per client with its categories in runs, the batch's
 *   context stored once in access_log_context, appended without a lock), with the sealer running
 *   every 500 ms beside it as in the consents service.
 *
 * Prints per scenario the p50/p95 per request, the requests per second, and the log's bytes and rows
 * per request (heap bytes of the rows, pg_column_size, plus the growth of the table and its indexes),
 * and the write-ahead log written per request (pg_current_wal_lsn before and after each scenario: the
 * whole server's, so other databases' writes meanwhile count too; the commits wait for it to be flushed).
 * Method and results: docs/benchmarks-access.md.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { accessLogEntry, DataCategory, openPostgres, todayIn, type AccessRequest, type Sql, type Viewer } from "@silta/kernel";
import { benchArguments, createTestDatabase, testDatabaseUrl } from "@silta/testkit";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";
import { consentsSubgraph } from "../src";
import { AccessService } from "../src/access/AccessService";
import { createPrisma } from "../src/data/db";
import { startAccessLogSealer } from "../src/access/accessLogSealer";
import { batchLogEntries, contextFields } from "../src/access/accessLogStore";
import {
  contextEntryHash,
  contextHash,
  entryHash,
  GENESIS_HASH,
  legacyChainHash,
  type LegacyLogEntry,
  type LogItem,
  type StoredLogEntry,
} from "../src/domain/accessLogHash";

const TEAM_CLIENTS = 643;
const CASELOAD = 77;
const CATEGORIES = [DataCategory.Basic, DataCategory.Contact, DataCategory.ServicePlan, DataCategory.Team];
const CHAIN_LOCK = "7315240001";
const TIME_ZONE = "Europe/Helsinki";

interface Team {
  team: string;
  worker: string;
  clients: string[];
}

async function fill(sql: Sql, teamCount: number): Promise<{ county: string; teams: Team[] }> {
  const county = randomUUID();
  await sql.query(`INSERT INTO access_organization VALUES ($1, true)`, [county]);
  const teams: Team[] = Array.from({ length: teamCount }, () => ({
    team: randomUUID(),
    worker: randomUUID(),
    clients: Array.from({ length: TEAM_CLIENTS }, () => randomUUID()),
  }));
  await sql.query(
    `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since)
     SELECT t, w, $3::uuid, 'member', DATE '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS u(t, w)`,
    [teams.map((t) => t.team), teams.map((t) => t.worker), county],
  );
  const all = teams.flatMap((t) => t.clients);
  await sql.query(
    `INSERT INTO access_team_client (team_id, client_id, since) SELECT t, c, '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS u(t, c)`,
    [teams.flatMap((t) => t.clients.map(() => t.team)), all],
  );
  await sql.query(
    `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
     SELECT c, w, $3::uuid, '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS u(c, w)`,
    [
      teams.flatMap((t) => t.clients.slice(0, CASELOAD)),
      teams.flatMap((t) => t.clients.slice(0, CASELOAD).map(() => t.worker)),
      county,
    ],
  );
  await sql.query(`INSERT INTO access_client (client_id, controller_organization_id) SELECT unnest($1::uuid[]), $2`, [
    all,
    county,
  ]);
  await sql.exec(`ANALYZE`);
  return { county, teams };
}

/** The first design's append, as it was until the log moved to sealed batches (for comparison only). */
async function appendChained(sql: Sql, entries: LegacyLogEntry[]): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${CHAIN_LOCK}::bigint)`);
    const [last] = await tx.query<{ hash: string }>(`SELECT hash FROM access_log_v1 ORDER BY seq DESC LIMIT 1`);
    let previous = last?.hash ?? GENESIS_HASH;
    const hashes = entries.map((entry) => (previous = legacyChainHash(previous, entry)));
    const prevs = [last?.hash ?? GENESIS_HASH, ...hashes.slice(0, -1)];
    const column = <Value>(pick: (entry: LegacyLogEntry) => Value) => entries.map(pick);
    await tx.query(
      `INSERT INTO access_log_v1 (at, viewer_id, viewer_kind, organization_id, roles, client_id, category, action, purpose,
                                  basis, consent_id, team_id, relationship_id, statutory_basis_id, outcome, request_id,
                                  source, prev_hash, hash)
       SELECT u.at, u.viewer_id, u.viewer_kind, u.organization_id, ARRAY(SELECT jsonb_array_elements_text(u.roles::jsonb)),
              u.client_id, u.category, u.action, u.purpose, u.basis, u.consent_id, u.team_id, u.relationship_id,
              u.statutory_basis_id, u.outcome, u.request_id, u.source, u.prev_hash, u.hash
         FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                     $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
              WITH ORDINALITY AS u(at, viewer_id, viewer_kind, organization_id, roles, client_id, category, action,
                                   purpose, basis, consent_id, team_id, relationship_id, statutory_basis_id, outcome,
                                   request_id, source, prev_hash, hash, ord)
        ORDER BY u.ord`,
      [
        column((e) => e.at),
        column((e) => e.viewerId),
        column((e) => e.viewerKind),
        column((e) => e.organizationId),
        column((e) => JSON.stringify(e.roles)),
        column((e) => e.clientId),
        column((e) => e.category),
        column((e) => e.action),
        column((e) => e.purpose),
        column((e) => e.basis),
        column((e) => e.consentId),
        column((e) => e.teamId),
        column((e) => e.relationshipId),
        column((e) => e.statutoryBasisId),
        column((e) => e.outcome),
        column((e) => e.requestId),
        column((e) => e.source),
        prevs,
        hashes,
      ],
    );
  });
}

/** The sealed entries' append as it was until 2026-12-06: the context in every entry (for comparison only). */
async function appendInline(sql: Sql, entries: StoredLogEntry[]): Promise<void> {
  const shared = entries[0]!;
  await sql.query(
    `INSERT INTO access_log (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source,
                             client_id, items, hash)
     SELECT $1::timestamptz, $2, $3, $4, $5::text[], $6, $7, $8, u.client_id, u.items::jsonb, u.hash
       FROM unnest($9::text[], $10::text[], $11::text[]) WITH ORDINALITY AS u(client_id, items, hash, ord)
      ORDER BY u.ord`,
    [
      ...contextFields(shared),
      entries.map((entry) => entry.clientId),
      entries.map((entry) => JSON.stringify(entry.items.map(itemAsObject))),
      entries.map((entry) => entryHash(entry)),
    ],
  );
}

/** The append of the service until the eleventh sitting: the context once, each item an object (for comparison only). */
async function appendObjects(sql: Sql, entries: StoredLogEntry[]): Promise<void> {
  const shared = entries[0]!;
  const context = contextHash(shared);
  await sql.query(
    `WITH context AS (
       INSERT INTO access_log_context (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source, hash)
       VALUES ($1::timestamptz, $2, $3, $4, $5::text[], $6, $7, $8, $9) RETURNING id)
     INSERT INTO access_log (at, context_id, client_id, items, hash)
     SELECT $1::timestamptz, (SELECT id FROM context), u.entry->>0, u.entry->1, u.entry->>2
       FROM jsonb_array_elements($10::jsonb) WITH ORDINALITY AS u(entry, ord)
      ORDER BY u.ord`,
    [
      ...contextFields(shared),
      context,
      JSON.stringify(entries.map((entry) => [entry.clientId, entry.items.map(itemAsObject), contextEntryHash(context, entry)])),
    ],
  );
}

/** An item as entries stored it until the eleventh sitting: an object, fields without a value left out. */
function itemAsObject(item: LogItem): Partial<LogItem> {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null)) as Partial<LogItem>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `decide`: the decisions alone, nothing logged (what the log adds is the difference). */
type Design = "decide" | "chain" | "inline" | "objects" | "sealed";

/** An entry whose items are objects (inline and `objects`), not runs (storedLogItems.ts). */
const OBJECTS = `jsonb_typeof(l.items -> 0) = 'object'`;

async function walPosition(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
  return row!.lsn;
}

async function walBytesSince(sql: Sql, lsn: string): Promise<number> {
  const [row] = await sql.query<{ bytes: string }>(`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::text AS bytes`, [
    lsn,
  ]);
  return Number(row!.bytes);
}

async function logSize(sql: Sql, design: Design): Promise<{ rows: number; heapBytes: number; relationBytes: number }> {
  if (design === "decide") return { rows: 0, heapBytes: 0, relationBytes: 0 };
  // The sealed designs' log is the entries and their contexts (none for `inline`).
  const tables = design === "chain" ? ["access_log_v1"] : ["access_log", "access_log_context"];
  let result = { rows: 0, heapBytes: 0, relationBytes: 0 };
  for (const table of tables) {
    const [row] = await sql.query<{ rows: string; heap: string | null; relation: string }>(
      `SELECT count(*)::text AS rows, sum(pg_column_size(l.*))::text AS heap,
              (SELECT sum(pg_total_relation_size(relid))::text
                 FROM (SELECT '${table}'::regclass AS relid UNION SELECT relid FROM pg_partition_tree('${table}')) t) AS relation
         FROM ${table} l`,
    );
    result = {
      // Rows are entries (the first log's rows); contexts are counted in bytes only.
      rows: result.rows + (table === "access_log_context" ? 0 : Number(row!.rows)),
      heapBytes: result.heapBytes + Number(row!.heap ?? 0),
      relationBytes: result.relationBytes + Number(row!.relation),
    };
  }
  return result;
}

async function main(): Promise<void> {
  const [rounds, maxConcurrent] = benchArguments(
    process.argv.slice(2),
    "usage: npm run bench:access -- [rounds=3] [concurrent=32]   (requests at once: 1, 8 and 32, up to concurrent; docs/benchmarks-access.md)",
    [
      { name: "rounds", default: 3, min: 1, max: 100 },
      { name: "concurrent", default: 32, min: 1, max: 64 },
    ],
  ) as [number, number];
  await withBenchmarkLock("bench:access", () => measure(rounds, maxConcurrent));
}

async function measure(rounds: number, maxConcurrent: number): Promise<void> {
  const testDb = await createTestDatabase("bench_access_log", consentsSubgraph.migrationsDir);
  // The consents service's pool (10 connections, its default), apart from the one that filled the schema.
  const database = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 10 });
  const sql = database.sql;
  // The service's Prisma client over that pool, built as the consents service builds it.
  const prisma = createPrisma(database);
  const sealer = startAccessLogSealer({
    prisma,
    log: { warn: (...args: unknown[]) => console.warn(...args) } as never,
  });
  try {
    const started = performance.now();
    const world = await fill(sql, maxConcurrent);
    console.log(
      `filled ${maxConcurrent} area teams × ${TEAM_CLIENTS} clients (${CASELOAD} of each team in its worker's caseload) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const service = new AccessService({ prisma, timeZone: TIME_ZONE });
    const viewerOf = (team: Team): Viewer => ({
      id: team.worker,
      kind: "professional",
      organizationId: world.county,
      roles: ["social_worker"],
      scopes: [],
      purpose: "client work",
    });
    const requestsOf = (clients: string[]): AccessRequest[] =>
      clients.flatMap((clientId) => CATEGORIES.map((category) => ({ clientId, category, action: "read" as const })));

    const oneRequest = async (design: Design, team: Team, clients: string[]) => {
      const viewer = viewerOf(team);
      const requests = requestsOf(clients);
      const context = { requestId: randomUUID(), source: "clients" };
      if (design === "sealed") return void (await service.decideAndLog(viewer, requests, context));
      const at = new Date();
      const decisions = await service.decide(viewer, requests, todayIn(TIME_ZONE, at));
      if (design === "decide") return;
      if (design === "inline") return appendInline(sql, batchLogEntries(viewer, requests, decisions, context, at.toISOString()));
      if (design === "objects")
        return appendObjects(sql, batchLogEntries(viewer, requests, decisions, context, at.toISOString()));
      await appendChained(
        sql,
        requests.map((request, index) => {
          const { serviceTask: _task, ...entry } = accessLogEntry(viewer, request, decisions[index]!, context, at.toISOString());
          return {
            ...entry,
            consentId: entry.consentId ?? null,
            teamId: entry.teamId ?? null,
            relationshipId: entry.relationshipId ?? null,
            statutoryBasisId: entry.statutoryBasisId ?? null,
          };
        }),
      );
    };

    console.log(
      `\n| scenario | design | concurrent | p50 ms | p95 ms | requests/s | log rows/request | log bytes/request (rows) | log bytes/request (table+indexes) | bytes/client | WAL bytes/request |`,
    );
    console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
    for (const [scenario, clientsOf] of [
      ["caseload 77 × 4", (team: Team) => team.clients.slice(0, CASELOAD)],
      ["area team 643 × 4", (team: Team) => team.clients],
    ] as const) {
      for (const concurrent of [...new Set([1, 8, 32].map((level) => Math.min(level, maxConcurrent)))]) {
        for (const design of ["decide", "chain", "inline", "objects", "sealed"] as Design[]) {
          const before = await logSize(sql, design);
          const walBefore = await walPosition(sql);
          const times: number[] = [];
          let failures = 0;
          const wall = performance.now();
          for (let round = 0; round < rounds; round += 1) {
            await Promise.all(
              world.teams.slice(0, concurrent).map(async (team) => {
                const start = performance.now();
                try {
                  await oneRequest(design, team, clientsOf(team));
                } catch {
                  failures += 1;
                }
                times.push(performance.now() - start);
              }),
            );
          }
          const seconds = (performance.now() - wall) / 1000;
          const after = await logSize(sql, design);
          const wal = await walBytesSince(sql, walBefore);
          const requests = rounds * concurrent;
          const clients = clientsOf(world.teams[0]!).length;
          console.log(
            `| ${scenario} | ${design} | ${concurrent} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${(requests / seconds).toFixed(1)} | ${((after.rows - before.rows) / requests).toFixed(0)} | ${((after.heapBytes - before.heapBytes) / requests).toFixed(0)} | ${((after.relationBytes - before.relationBytes) / requests).toFixed(0)} | ${((after.relationBytes - before.relationBytes) / requests / clients).toFixed(0)} | ${(wal / requests).toFixed(0)} |${failures ? ` ${failures} failed` : ""}`,
          );
        }
      }
    }
    const [entry] = await sql.query<{
      inline: string;
      objects: string;
      entry: string;
      items: string;
      objectItems: string;
      context: string;
      contexts: string;
    }>(
      `SELECT (SELECT avg(pg_column_size(l.*))::int::text FROM access_log l WHERE context_id IS NULL) AS inline,
              (SELECT avg(pg_column_size(l.*))::int::text FROM access_log l WHERE context_id IS NOT NULL AND ${OBJECTS}) AS objects,
              (SELECT avg(pg_column_size(l.items))::int::text FROM access_log l WHERE context_id IS NOT NULL AND ${OBJECTS}) AS "objectItems",
              (SELECT avg(pg_column_size(l.*))::int::text FROM access_log l WHERE NOT ${OBJECTS}) AS entry,
              (SELECT avg(pg_column_size(l.items))::int::text FROM access_log l WHERE NOT ${OBJECTS}) AS items,
              (SELECT avg(pg_column_size(c.*))::int::text FROM access_log_context c) AS context,
              (SELECT count(*)::text FROM access_log_context) AS contexts`,
    );
    const [row] = await sql.query<{ row: string }>(`SELECT avg(pg_column_size(l.*))::int::text AS row FROM access_log_v1 l`);
    console.log(
      `\nper row (pg_column_size, heap tuple without indexes): sealed entry ${entry!.entry} bytes beside its context (of which items in runs ${entry!.items}; context ${entry!.context} bytes, ${entry!.contexts} contexts), with items as objects ${entry!.objects} bytes (items ${entry!.objectItems}), inline entry ${entry!.inline} bytes; chained row ${row!.row} bytes`,
    );
    const [seals] = await sql.query<{ seals: string; size: string }>(
      `SELECT count(*)::text AS seals, pg_total_relation_size('access_log_seal')::text AS size FROM access_log_seal`,
    );
    console.log(`seals written: ${seals!.seals} (${seals!.size} bytes with index)`);
  } finally {
    await sealer.stop();
    await prisma.$disconnect();
    await database.close();
    await testDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
