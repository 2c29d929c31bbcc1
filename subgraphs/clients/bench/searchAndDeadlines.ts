/**
 * Benchmark of the clients subgraph's look-ups at county scale: name search, identity code search,
 * and the overdue / due-soon lists of a team and an organisation. Seeds its own PostgreSQL schema
 * (TEST_DATABASE_URL, as the tests do), runs each query through the subgraph's HTTP front with a
 * signed viewer, prints p50/p95 per query, and drops the schema.
 *
 *   npx tsx subgraphs/clients/bench/searchAndDeadlines.ts [clients=100000] [runs=50]
 */
import { randomUUID } from "node:crypto";
import { benchArguments, createTestDatabase, professional, startSubgraph, TEST_IDENTITY_CODE_HASH_KEY } from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { createPrisma } from "../src/data/db";
import { generateTestIdentityCode, hashIdentityCode } from "../src/domain/identityCode";

const [clientCount, runs] = benchArguments(
  process.argv.slice(2),
  "usage: npx tsx subgraphs/clients/bench/searchAndDeadlines.ts [clients=100000] [runs=50]   (docs/benchmarks-clients.md)",
  [
    { name: "clients", default: 100_000, min: 100, max: 10_000_000 },
    { name: "runs", default: 50, min: 1, max: 10_000 },
  ],
) as [number, number];
const lastNames = [
  "Virtanen",
  "Korhonen",
  "Mäkinen",
  "Nieminen",
  "Mäkelä",
  "Hämäläinen",
  "Laine",
  "Heikkinen",
  "Koskinen",
  "Järvinen",
];
const firstNames = ["Aino", "Eetu", "Juho", "Linnea", "Onni", "Helmi", "Elias", "Sofia", "Leo", "Aada"];

async function main(): Promise<void> {
  const county = randomUUID();
  const teams = Array.from({ length: 200 }, () => randomUUID());
  const testDb = await createTestDatabase("clients_bench", clientsSubgraph.migrationsDir);
  const prisma = createPrisma(testDb.database);
  const started = Date.now();
  let probeCode = "";
  for (let offset = 0; offset < clientCount; offset += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, clientCount - offset) }, (_, i) => {
      const n = offset + i;
      const birth = new Date(Date.UTC(1940 + (n % 80), n % 12, 1 + (n % 28)));
      const code = generateTestIdentityCode(birth, 900 + (Math.floor(n / 11_520) % 100));
      if (n === Math.floor(clientCount / 2)) probeCode = code;
      return {
        id: randomUUID(),
        firstName: firstNames[n % 10]!,
        lastName: `${lastNames[Math.floor(n / 10) % 10]!}${n % 97 === 0 ? "" : String(n % 1_000)}`,
        birthDate: birth,
        controllerOrganizationId: county,
        identityCodeHash: hashIdentityCode(code, TEST_IDENTITY_CODE_HASH_KEY) + String(n), // unique even when codes repeat
      };
    });
    if (offset === Math.floor(clientCount / 2 / 5_000) * 5_000) {
      const probe = batch[Math.floor(clientCount / 2) - offset]!;
      probe.identityCodeHash = hashIdentityCode(probeCode, TEST_IDENTITY_CODE_HASH_KEY);
    }
    await prisma.client.createMany({ data: batch });
    // One concern per five clients, spread over the teams and over the last month.
    const concerns = batch
      .filter((_, i) => i % 5 === 0)
      .map((client, i) => {
        const raised = new Date(Date.now() - ((i * 7) % 30) * 86_400_000);
        return {
          id: randomUUID(),
          clientId: client.id,
          description: "bench",
          recordedBy: "bench",
          raisedOn: raised,
          service: "family_social_work",
          deadlineRuleCode: "first_joint_meeting",
          deadline: new Date(raised.getTime() + 3 * 86_400_000),
          organizationId: county,
          teamId: teams[i % teams.length]!,
          status: i % 3 === 0 ? ("REACTED" as const) : ("RAISED" as const),
        };
      });
    await prisma.concern.createMany({ data: concerns });
  }
  await testDb.database.sql.query("ANALYZE");
  console.log(`Seeded ${clientCount} clients and ${clientCount / 5} concerns in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const harness = await startSubgraph(clientsSubgraph, testDb.database, { controllerOrganizationIds: [county] });
  const viewer = professional(county);
  const cases: [string, string, Record<string, unknown>][] = [
    [
      "name search (2 words, first page of 20)",
      `query ($s: ClientSearch!) { clients(search: $s, first: 20) { edges { node { id firstName } } } }`,
      { s: { name: "aino virtanen" } },
    ],
    [
      "name search (1 common prefix)",
      `query ($s: ClientSearch!) { clients(search: $s, first: 20) { edges { node { id } } } }`,
      { s: { name: "mäk" } },
    ],
    [
      "identity code search (keyed hash)",
      `query ($s: ClientSearch!) { clients(search: $s) { edges { node { id } } } }`,
      { s: { identityCode: probeCode } },
    ],
    [
      "birth date search",
      `query ($s: ClientSearch!) { clients(search: $s) { edges { node { id } } } }`,
      { s: { birthDate: "1980-05-06" } },
    ],
    [
      "overdue concerns of a team",
      `query ($t: ID!) { overdueConcerns(filter: { teamId: $t }) { id daysLeft } }`,
      { t: teams[7] },
    ],
    [
      "due soon, whole organisation (first 100)",
      `query ($o: ID!) { concernsDueSoon(filter: { organizationId: $o }, withinDays: 3) { id daysLeft } }`,
      { o: county },
    ],
  ];
  for (const [name, query, variables] of cases) {
    const times: number[] = [];
    for (let run = 0; run < runs + 5; run += 1) {
      const t0 = performance.now();
      const response = await harness.query(query, variables, viewer);
      if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
      if (run >= 5) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`${name.padEnd(45)} p50 ${at(0.5)} ms   p95 ${at(0.95)} ms`);
  }
  await harness.stop();
  await prisma.$disconnect();
  await testDb.drop();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
