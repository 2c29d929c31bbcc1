import type { Sql } from "@silta/kernel";
import { groupColumn, outcomeReportSql } from "@silta/fit";

/**
 * The everyday views of issue 18, each as the GraphQL a UI sends through the gateway and as the raw
 * SQL that reads the same data (the statements the subgraphs run, without access decisions, logging,
 * federation or HTTP), so the two can be timed side by side on the same database.
 */
export interface Fixtures {
  today: string;
  /** A social worker with the median caseload among those who are members of an area team. */
  worker: { id: string; organizationId: string; caseload: number };
  /** That worker's area team and how many clients it has now. */
  areaTeam: { id: string; clients: number };
  /** Other area team members, each viewing their own team (the 32 concurrent views). */
  areaViewers: { id: string; organizationId: string; teamId: string }[];
  /** A manager of the worker's organisation (the FIT report is for managers). */
  manager: { id: string; organizationId: string };
  /** How many open concerns of the worker's organisation are past their deadline (the overdue list's size, before access). */
  overdueInUnit: number;
  /** What name search looks for: "virt", as in issue 18 (the start of Virtanen, the most common Finnish surname). */
  searchPrefix: string;
}

export interface View {
  name: string;
  /** Who asks: the worker, or the manager for the report. */
  viewer: "worker" | "manager";
  query: string;
  variables: Record<string, unknown>;
  /** How many clients an answer shows (the client reads the access log should hold). */
  clientsShown(data: unknown): number;
  /** The raw statement(s) of the same data, run on a connection to the hub's database. */
  raw(sql: Sql): Promise<unknown>;
  /** The statement shown with EXPLAIN (ANALYZE, BUFFERS) in docs/benchmarks.md, and its schema. */
  explain: { text: string; params: unknown[]; schema?: string };
}

export async function findFixtures(sql: Sql, today: string): Promise<Fixtures> {
  const workers = await sql.query<{ id: string; organization_id: string; caseload: number; team_id: string }>(
    `SELECT p.id::text, p.organization_id::text, count(rw.client_id)::int AS caseload, min(m.team_id::text) AS team_id
       FROM teams.professional p
       JOIN teams.team_membership m ON m.professional_id = p.id AND m.since <= $1::date AND (m.until IS NULL OR m.until >= $1::date)
       JOIN teams.team t ON t.id = m.team_id AND t.kind = 'AREA_TEAM'
       JOIN teams.responsible_worker rw ON rw.professional_id = p.id AND rw.is_current
      WHERE p.active AND p.profession = 'social worker'
      GROUP BY p.id, p.organization_id
      ORDER BY caseload, p.id`,
    [today],
  );
  const worker = workers[Math.floor(workers.length / 2)];
  if (!worker) throw new Error("The seeded county has no social worker in an area team: seed more clients.");
  const [team] = await sql.query<{ clients: number }>(
    `SELECT count(DISTINCT client_id)::int AS clients FROM teams.team_client
      WHERE team_id = $1 AND since <= $2::date AND (until IS NULL OR until >= $2::date)`,
    [worker.team_id, today],
  );
  const areaViewers = await sql.query<{ id: string; organizationId: string; teamId: string }>(
    `SELECT DISTINCT ON (p.id) p.id::text, p.organization_id::text AS "organizationId", m.team_id::text AS "teamId"
       FROM teams.professional p
       JOIN teams.team_membership m ON m.professional_id = p.id AND m.since <= $1::date AND (m.until IS NULL OR m.until >= $1::date)
       JOIN teams.team t ON t.id = m.team_id AND t.kind = 'AREA_TEAM'
      WHERE p.active ORDER BY p.id, m.team_id LIMIT 32`,
    [today],
  );
  const [manager] = await sql.query<{ id: string; organizationId: string }>(
    `SELECT id::text, organization_id::text AS "organizationId" FROM teams.professional
      WHERE active AND organization_id = $1::uuid ORDER BY (profession ILIKE '%manager%') DESC, id LIMIT 1`,
    [worker.organization_id],
  );
  // The worker's own organisation (their unit): its open concerns past their deadline.
  const [concernUnit] = await sql.query<{ overdue: number }>(
    `SELECT count(*)::int AS overdue FROM clients.concern
      WHERE organization_id = $1::uuid AND status = 'RAISED' AND deadline < $2::date`,
    [worker.organization_id, today],
  );
  return {
    today,
    worker: { id: worker.id, organizationId: worker.organization_id, caseload: worker.caseload },
    areaTeam: { id: worker.team_id, clients: team?.clients ?? 0 },
    areaViewers,
    manager: manager ?? { id: worker.id, organizationId: worker.organization_id },
    overdueInUnit: concernUnit?.overdue ?? 0,
    // The same words at every size, so the growth from 10,000 to 100,000 clients compares like with like.
    searchPrefix: "virt",
  };
}

const clientFields = "id firstName lastName birthDate";

/** The value at `path` in an answer's data, or undefined. */
const dig = (data: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
const edgesOf = (data: unknown, ...path: string[]) => (dig(data, ...path, "edges") as unknown[] | undefined)?.length ?? 0;

const caseloadSql = `
  SELECT c.id, c.first_name, c.last_name, c.birth_date, latest.instrument, latest.total
    FROM teams.responsible_worker rw
    JOIN clients.client c ON c.id = rw.client_id
    LEFT JOIN LATERAL (
      SELECT m.instrument, m.total FROM fit.measurement m
       WHERE m.client_id = c.id AND m.instrument IN ('ORS', 'CORS', 'YCORS')
       ORDER BY m.measured_on DESC, m.created_at DESC LIMIT 1
    ) AS latest ON true
   WHERE rw.professional_id = $1::uuid AND rw.is_current
   ORDER BY c.id LIMIT 501`;

const areaPageSql = `
  SELECT c.id, c.first_name, c.last_name, c.birth_date
    FROM (SELECT DISTINCT link.client_id FROM teams.team_client link
           WHERE link.team_id = $1::uuid AND link.since <= $2::date AND (link.until IS NULL OR link.until >= $2::date)
           ORDER BY link.client_id LIMIT 51) AS page
    JOIN clients.client c ON c.id = page.client_id
   ORDER BY c.id`;

/** The shape of clientSearchStatement for one word: its last-name matches in page order, and its first-name ones. */
const nameSearchSql = `
  SELECT c.id, c.first_name, c.last_name, c.birth_date
    FROM (
      SELECT * FROM (
        (SELECT id, last_name_key, first_name_key FROM clients.client
          WHERE last_name_key >= $1 AND last_name_key < $1 || chr(1114111)
          ORDER BY last_name_key, first_name_key, id LIMIT 21)
        UNION ALL
        (SELECT * FROM (
           SELECT id, last_name_key, first_name_key FROM clients.client
            WHERE first_name_key >= $1 AND first_name_key < $1 || chr(1114111)
              AND NOT (last_name_key >= $1 AND last_name_key < $1 || chr(1114111)) OFFSET 0
         ) AS on_first ORDER BY last_name_key, first_name_key, id LIMIT 21)
      ) AS hits ORDER BY last_name_key, first_name_key, id LIMIT 21
    ) AS page
    JOIN clients.client c ON c.id = page.id
   ORDER BY page.last_name_key, page.first_name_key, page.id`;

const overdueSql = `
  SELECT k.id, k.deadline, k.client_id, c.first_name, c.last_name
    FROM clients.concern k LEFT JOIN clients.client c ON c.id = k.client_id
   WHERE k.status = 'RAISED' AND k.organization_id = $1::uuid AND k.deadline < $2::date
   ORDER BY k.deadline, k.raised_at, k.id LIMIT 101`;

export function everydayViews(fixtures: Fixtures): View[] {
  const { today } = fixtures;
  const yearAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  // The fit subgraph's statement (reportStore.ts) as text and parameters, for the raw timing and EXPLAIN.
  const report = outcomeReportSql(groupColumn.TEAM, yearAgo, today);
  return [
    {
      name: `my caseload (${fixtures.worker.caseload} clients)`,
      viewer: "worker",
      query: `query Caseload($id: ID!) { professional(id: $id) { responsibleFor(first: 500) { edges { node { ${clientFields} latestOutcome { instrument total } } } pageInfo { hasNextPage } } } }`,
      variables: { id: fixtures.worker.id },
      clientsShown: (data) => edgesOf(data, "professional", "responsibleFor"),
      raw: (sql) => sql.query(caseloadSql, [fixtures.worker.id]),
      explain: { text: caseloadSql, params: [fixtures.worker.id] },
    },
    {
      name: `area team view, one page of 50 (team of ${fixtures.areaTeam.clients})`,
      viewer: "worker",
      query: `query AreaTeam($id: ID!) { team(id: $id) { name clients(first: 50) { edges { node { ${clientFields} } } pageInfo { hasNextPage endCursor } } } }`,
      variables: { id: fixtures.areaTeam.id },
      clientsShown: (data) => edgesOf(data, "team", "clients"),
      raw: (sql) => sql.query(areaPageSql, [fixtures.areaTeam.id, today]),
      explain: { text: areaPageSql, params: [fixtures.areaTeam.id, today] },
    },
    {
      name: `name search "${fixtures.searchPrefix}"`,
      viewer: "worker",
      query: `query Search($name: String!) { clients(search: { name: $name }, first: 20) { edges { node { ${clientFields} } } pageInfo { hasNextPage } } }`,
      variables: { name: fixtures.searchPrefix },
      clientsShown: (data) => edgesOf(data, "clients"),
      raw: (sql) => sql.query(nameSearchSql, [fixtures.searchPrefix]),
      explain: { text: nameSearchSql, params: [fixtures.searchPrefix] },
    },
    {
      name: `overdue concerns of the worker's unit (${fixtures.overdueInUnit})`,
      viewer: "worker",
      query: `query Overdue($unit: ID!) { overdueConcerns(filter: { organizationId: $unit }, first: 100) { id deadline daysLeft client { id firstName lastName } } }`,
      variables: { unit: fixtures.worker.organizationId },
      clientsShown: (data) =>
        new Set(((dig(data, "overdueConcerns") as unknown[] | undefined) ?? []).map((concern) => dig(concern, "client", "id")))
          .size,
      raw: (sql) => sql.query(overdueSql, [fixtures.worker.organizationId, today]),
      explain: { text: overdueSql, params: [fixtures.worker.organizationId, today] },
    },
    {
      name: "FIT outcome report by team, a year",
      viewer: "manager",
      query: `query Report($from: Date!, $to: Date!) { fitOutcomeReport(dimension: TEAM, from: $from, to: $to) { groupKey suppressed clientsMeasured averageIntakeOrs averageLatestOrs shareReliablyImproved } }`,
      variables: { from: yearAgo, to: today },
      clientsShown: () => 0,
      raw: (sql) =>
        sql.transaction(async (tx) => {
          // As the fit subgraph runs it (reportStore.ts).
          await tx.exec(`SET LOCAL search_path TO fit; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off`);
          return tx.query(report.text, report.values);
        }),
      explain: { text: report.text, params: report.values, schema: "fit" },
    },
  ];
}
