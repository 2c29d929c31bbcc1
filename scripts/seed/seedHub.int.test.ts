import { DataCategory } from "@silta/kernel";
import { clientViewer, createTestDatabase, professional, type TestDatabase } from "@silta/testkit";
import { randomUUID } from "node:crypto";
import { AccessService, applyAccessEvent } from "@silta/consents";
import { migrationsDir, type SubgraphDatabases } from "../migrate";
import { subgraphs } from "../subgraphs";
import { dayOf } from "./days";
import { seedHub } from "./seedHub";
import { currentConfiguration, outcomeReport, refreshDerived, refreshSessionSummaries } from "@silta/fit";

describe("seedHub", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;

  beforeAll(async () => {
    const entries = await Promise.all(
      subgraphs.map(async ({ name }) => {
        const test = await createTestDatabase(`seed_${name}`, migrationsDir(name));
        created.push(test);
        return [name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
  });

  afterAll(async () => {
    await Promise.all(created.map((test) => test.drop()));
  });

  const options = { clients: 400, seed: 3, today: dayOf("2026-11-23"), hashIdentityCode: (code: string) => `hash:${code}` };

  it("writes every generated row into the subgraphs' tables, with the types the migrations declare", async () => {
    const counts = await seedHub(databases, options);
    const [clients] = await databases.clients.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM client");
    const [measurements] = await databases.fit.sql.query<{ count: number; mismatched: number }>(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE total <> (SELECT sum(item) FROM unnest(items) AS item))::int AS mismatched FROM measurement`,
    );
    const [consents] = await databases.consents.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM consent WHERE 'BASIC' = ANY (categories)`,
    );
    expect(clients?.count).toBe(400);
    expect(measurements).toEqual({ count: counts.measurement, mismatched: 0 });
    expect(consents?.count).toBe(counts.consent);
  });

  it("gives consents the access projection that the teams and clients events of the seeded rows give through its consumer", async () => {
    // The events the API would have published for the seeded teams and clients rows, read back from
    // those rows, applied one by one by the consents consumer to an empty projection.
    const teams = databases.teams.sql;
    const clients = databases.clients.sql;
    const events: { type: string; data: Record<string, unknown> }[] = [
      ...(
        await teams.query<Record<string, unknown>>(
          `SELECT id::text AS "organizationId", type::text AS type, is_county_organization AS "isCountyOrganization" FROM organization`,
        )
      ).map((data) => ({ type: "organization.created", data })),
      ...(
        await teams.query<Record<string, unknown>>(
          `SELECT m.team_id::text AS "teamId", m.professional_id::text AS "professionalId", p.organization_id::text AS "organizationId",
                  m.role::text AS role, m.since::text AS since, m.until::text AS until
             FROM team_membership m JOIN professional p ON p.id = m.professional_id`,
        )
      ).map((data) => ({ type: "team.member_added", data })),
      ...(
        await teams.query<Record<string, unknown>>(
          `SELECT team_id::text AS "teamId", client_id::text AS "clientId", since::text AS since, until::text AS until FROM team_client`,
        )
      ).map((data) => ({ type: "team.client_added", data })),
      ...(
        await teams.query<Record<string, unknown>>(
          `SELECT r.client_id::text AS "clientId", r.professional_id::text AS "professionalId", p.organization_id::text AS "organizationId",
                  NULL AS "previousProfessionalId", r.since::text AS since
             FROM responsible_worker r JOIN professional p ON p.id = r.professional_id WHERE r.is_current`,
        )
      ).map((data) => ({ type: "client.responsible_worker_assigned", data })),
      ...(
        await clients.query<Record<string, unknown>>(
          `SELECT id::text AS "clientId", controller_organization_id::text AS "controllerOrganizationId",
                  has_non_disclosure_order AS "hasNonDisclosureOrder" FROM client`,
        )
      ).map((data) => ({ type: "client.created", data })),
      ...(
        await clients.query<Record<string, unknown>>(
          `SELECT client_id::text AS "clientId", id::text AS "relationshipId", organization_id::text AS "organizationId",
                  service_task AS "serviceTask", since::text AS since, until::text AS until FROM client_relationship`,
        )
      ).map((data) => ({ type: "client.relationship_started", data })),
      ...(
        await clients.query<Record<string, unknown>>(
          `SELECT child_client_id::text AS "childClientId", guardian_client_id::text AS "guardianClientId",
                  since::text AS since, until::text AS until FROM guardianship`,
        )
      ).map((data) => ({ type: "family.guardian_added", data })),
    ];
    const consumer = await createTestDatabase("seed_consumer", migrationsDir("consents"));
    created.push(consumer);
    for (const { type, data } of events) {
      const event = {
        id: randomUUID(),
        type,
        data,
        source: "seed",
        aggregateType: "",
        aggregateId: "",
        occurredAt: "",
        actorId: "system",
        schemaVersion: 2,
      };
      expect(await applyAccessEvent(consumer.database.sql, event)).toBe(true);
    }
    const projection = {
      access_organization: "organization_id",
      access_team_member: "team_id, professional_id",
      access_team_client: "team_id, client_id",
      access_responsible_worker: "client_id",
      access_client: "client_id",
      access_client_relationship: "relationship_id",
      access_guardianship: "child_client_id, guardian_client_id",
    };
    for (const [table, key] of Object.entries(projection)) {
      const rows = (sql: typeof teams) => sql.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${key}`);
      const seeded = await rows(databases.consents.sql);
      expect(seeded.length).toBeGreaterThan(0);
      expect({ table, rows: await rows(consumer.database.sql) }).toEqual({ table, rows: seeded });
    }
  });

  it("writes FIT episodes and sessions with derived values and report summaries, so reports, series and alerts see them", async () => {
    const { sql } = databases.fit;
    const [fit] = await sql.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM measurement WHERE session_id IS NULL OR episode_id IS NULL) AS "withoutSession",
              (SELECT count(*)::int FROM measurement WHERE total IS NOT NULL AND config_version IS NULL) AS "notDerived",
              (SELECT count(*)::int FROM fit_session) AS sessions,
              (SELECT count(*)::int FROM fit_session_summary) AS summaries,
              (SELECT count(*)::int FROM fit_session s WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.session_id = s.id)) AS unmeasured,
              (SELECT count(*)::int FROM measurement m JOIN fit_session s ON s.id = m.session_id WHERE m.measured_on <> s.held_on) AS "offDay"`,
    );
    expect(fit).toMatchObject({ withoutSession: 0, notDerived: 0, offDay: 0, summaries: fit!["sessions"] });
    expect(fit!["unmeasured"]).toBeGreaterThan(0); // missed sessions and children too young to rate
    const report = await outcomeReport(sql, "ORGANIZATION", "2023-11-23", "2026-11-23");
    const shown = report.filter((row) => !row.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((row) => row.sessions! > 0 && row.averageLatestOrs !== null)).toBe(true);
  });

  it("writes the derived values and summaries the fit subgraph would: deriving them again changes nothing", async () => {
    const { sql } = databases.fit;
    const episodes = (await sql.query<{ id: string }>(`SELECT id::text FROM episode`)).map((row) => row.id);
    const [derived] = await sql.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE reliable_change IS NOT NULL)::int AS "reliableChanges",
              count(*) FILTER (WHERE srs_alert)::int AS alerts, count(*) FILTER (WHERE clinical)::int AS clinical
         FROM measurement`,
    );
    // Each kind of derived value occurs, so "nothing changed" below compares real values, not NULLs.
    expect(derived).toEqual({ reliableChanges: expect.any(Number), alerts: expect.any(Number), clinical: expect.any(Number) });
    expect(Math.min(...Object.values(derived!))).toBeGreaterThan(0);
    const configuration = await currentConfiguration(sql);
    await sql.transaction(async (tx) => {
      expect(await refreshDerived(tx, episodes, configuration)).toBe(0);
      expect(await refreshSessionSummaries(tx, episodes)).toBe(0);
    });
  });

  it("leaves the consents subgraph's projection able to allow a responsible worker, and a guardian, what the model allows", async () => {
    const service = new AccessService({
      sql: databases.consents.sql,
      timeZone: "Europe/Helsinki",
      now: () => new Date("2026-11-23T10:00:00Z"),
    });
    const [current] = await databases.consents.sql.query<{ client_id: string; professional_id: string; organization_id: string }>(
      `SELECT client_id::text, professional_id::text, organization_id::text FROM access_responsible_worker
        ORDER BY client_id LIMIT 1`,
    );
    expect(current).toBeDefined();
    const { client_id: clientId, professional_id: professionalId, organization_id: organizationId } = current!;
    const categories = Object.values(DataCategory);
    const read = categories.map((category) => ({ clientId, category, action: "read" as const }));
    const worker = professional(organizationId, { id: professionalId });
    expect((await service.decide(worker, read)).every((decision) => decision.allowed)).toBe(true);
    // A professional of an organisation with no relationship, team or consent sees nothing of them.
    const stranger = professional("00000000-0000-4000-8000-0000000000fe", { id: "00000000-0000-4000-8000-0000000000ff" });
    expect((await service.decide(stranger, read)).some((decision) => decision.allowed)).toBe(false);

    const [guardianship] = await databases.consents.sql.query<{ child: string; guardian: string }>(
      `SELECT child_client_id::text AS child, guardian_client_id::text AS guardian FROM access_guardianship
        WHERE until >= '2026-11-23' ORDER BY child_client_id LIMIT 1`,
    );
    const [basic] = await service.decide(clientViewer(guardianship!.guardian), [
      { clientId: guardianship!.child, category: DataCategory.Basic, action: "read" },
    ]);
    expect(basic?.allowed).toBe(true);
  });

  it("keeps every subgraph's copy of a client's responsible worker and relationships the same", async () => {
    const teams = await databases.teams.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM responsible_worker WHERE is_current ORDER BY client_id`,
    );
    const clients = await databases.clients.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM responsible_worker ORDER BY client_id`,
    );
    const consents = await databases.consents.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM access_responsible_worker ORDER BY client_id`,
    );
    expect(teams.length).toBeGreaterThan(200);
    expect(clients).toEqual(teams);
    expect(consents).toEqual(teams);
    const [relationships] = await databases.clients.sql.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM client_relationship",
    );
    const [projected] = await databases.consents.sql.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM access_client_relationship",
    );
    expect(projected?.count).toBe(relationships?.count);
  });

  it("refuses to write into tables that already have rows", async () => {
    await expect(seedHub(databases, options)).rejects.toThrow(
      /fills an empty hub only, and these tables already have rows: teams\.organization/,
    );
  });
});
