/**
 * Access decision benchmark: `npx tsx subgraphs/consents/bench/accessBenchmark.ts [clients=20000]`
 *
 * Fills a fresh PostgreSQL schema (TEST_DATABASE_URL, as the tests use) with a county's access
 * projection: `clients` clients on teams of 5 professionals (one from the city), a consent for half
 * of them, a ban for every tenth. Then times `decideAndLog` (the decision and the committed,
 * hash-chained log entries: what one subgraph request costs) for batches of 1, 100 and 1,000 clients,
 * for a county professional and for an outside one (whose decision needs the second query), and
 * prints p50/p95 and the SQL statements per batch. Method and results: docs/benchmarks-access.md.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DataCategory, type Sql, type Viewer } from "@silta/kernel";
import { benchArguments, countStatements, createTestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { AccessService } from "../src/access/AccessService";
import { createPrisma } from "../src/data/db";

const ROUNDS = 30;

async function fill(sql: Sql, clients: number) {
  const county = randomUUID();
  const city = randomUUID();
  await sql.query(`INSERT INTO access_organization VALUES ($1, true), ($2, false)`, [county, city]);
  const teams: { team: string; worker: string; curator: string; clients: string[] }[] = [];
  for (let start = 0; start < clients; start += 4) {
    teams.push({
      team: randomUUID(),
      worker: randomUUID(),
      curator: randomUUID(),
      clients: Array.from({ length: Math.min(4, clients - start) }, () => randomUUID()),
    });
  }
  const all = teams.flatMap((team) => team.clients);
  await sql.query(
    `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since)
     SELECT t, w, $3::uuid, 'member', DATE '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS u(t, w)
     UNION ALL SELECT t, c, $4::uuid, 'member', DATE '2020-01-01' FROM unnest($1::uuid[], $5::uuid[]) AS v(t, c)`,
    [teams.map((t) => t.team), teams.map((t) => t.worker), county, city, teams.map((t) => t.curator)],
  );
  await sql.query(
    `INSERT INTO access_team_client (team_id, client_id, since) SELECT t, c, '2020-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS u(t, c)`,
    [teams.flatMap((t) => t.clients.map(() => t.team)), all],
  );
  await sql.query(`INSERT INTO access_client (client_id, controller_organization_id) SELECT unnest($1::uuid[]), $2`, [
    all,
    county,
  ]);
  await sql.query(
    `INSERT INTO consent (id, client_id, recipient_organization_ids, categories, purpose, valid_from, given_at, recorded_by)
     SELECT gen_random_uuid(), c, ARRAY[$2::uuid], '{BASIC,SERVICE_PLAN}', 'school', '2020-01-01', now(), 'bench'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS u(c, n) WHERE n % 2 = 0`,
    [all, city],
  );
  await sql.query(
    `INSERT INTO ban (id, client_id, kind, categories, organization_id, valid_from, given_at, recorded_by)
     SELECT gen_random_uuid(), c, 'ORGANIZATION', '{}', $2, '2020-01-01', now(), 'bench'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS u(c, n) WHERE n % 10 = 0`,
    [all, city],
  );
  return { county, city, teams, all };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const [clients] = benchArguments(
    process.argv.slice(2),
    "usage: npx tsx subgraphs/consents/bench/accessBenchmark.ts [clients=20000]   (docs/benchmarks-access.md)",
    [{ name: "clients", default: 20_000, min: 1_000, max: 10_000_000 }],
  ) as [number];
  const testDb = await createTestDatabase("bench_access", consentsSubgraph.migrationsDir);
  try {
    const started = performance.now();
    const world = await fill(testDb.database.sql, clients);
    console.log(
      `filled ${clients} clients, ${world.teams.length} teams in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Every statement the service's Prisma client sends through the driver adapter is counted.
    const counting = countStatements(testDb.database);
    const prisma = createPrisma(counting.database);
    const service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
    for (const batch of [1, 100, 1_000]) {
      for (const who of ["county worker", "city curator"] as const) {
        const times: number[] = [];
        let perBatch = 0;
        for (let round = 0; round < ROUNDS; round += 1) {
          const team = world.teams[(round * 37) % world.teams.length]!;
          const viewer: Viewer = {
            id: who === "county worker" ? team.worker : team.curator,
            kind: "professional",
            organizationId: who === "county worker" ? world.county : world.city,
            roles: [],
            scopes: [],
          };
          const offset = (round * 997) % Math.max(1, world.all.length - batch);
          const requests = world.all
            .slice(offset, offset + batch)
            .map((clientId) => ({ clientId, category: DataCategory.ServicePlan, action: "read" as const }));
          counting.reset();
          const start = performance.now();
          await service.decideAndLog(viewer, requests, { requestId: randomUUID(), source: "bench" });
          times.push(performance.now() - start);
          perBatch = counting.count;
        }
        console.log(
          `batch ${String(batch).padStart(5)} ${who.padEnd(13)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  SQL statements ${perBatch}`,
        );
      }
    }
  } finally {
    await testDb.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
