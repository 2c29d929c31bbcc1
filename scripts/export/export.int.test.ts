import { createHmac, randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import { ParquetReader } from "@dsnp/parquetjs";
import { parse } from "csv-parse/sync";
import { createLogger, foundationPolicy, InProcessEventBus, type AccessLogEntry, type Sql, type Viewer } from "@silta/kernel";
import { EXPORT_CURSOR_HEADER, Pseudonymiser, streamExport, type DatasetDefinition, type ExportFormat } from "@silta/export";
import { createTestDatabase, professional, signedViewerHeaders, testViewerKey, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "@silta/fit";
import { measurements } from "@silta/fit/export";
import { clients } from "@silta/clients/export";
import { migrationsDir, type SubgraphDatabases } from "../migrate";
import { dayOf } from "../seed/days";
import { seedHub } from "../seed/seedHub";
import { subgraphs, type SubgraphName } from "../subgraphs";
import { exportDatasets } from "./exportDatasets";

const LAKE_KEY = "lake-test-key-0123456789-0123456789-abcdef";
const RESEARCH_KEY = "research-test-key-0123456789-0123456789-abc";
const lake = new Pseudonymiser("lake", LAKE_KEY);
const research = new Pseudonymiser("research", RESEARCH_KEY);

async function exportText(
  sql: Sql,
  dataset: DatasetDefinition,
  options: { since?: string; pseudonymiser?: Pseudonymiser; format?: ExportFormat } = {},
) {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const result = await streamExport(
    sql,
    {
      dataset,
      format: options.format ?? "csv",
      since: options.since,
      pseudonymiser: options.pseudonymiser ?? lake,
      batchSize: 97,
    },
    sink,
  );
  const bytes = Buffer.concat(chunks);
  const text = bytes.toString("utf8");
  const records = options.format && options.format !== "csv" ? [] : (parse(text, { columns: true }) as Record<string, string>[]);
  return { ...result, bytes, text, records };
}

describe("the data lake export", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;

  beforeAll(async () => {
    const entries = await Promise.all(
      subgraphs.map(async ({ name }) => {
        const test = await createTestDatabase(`export_${name}`, migrationsDir(name));
        created.push(test);
        return [name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
    await seedHub(databases, { clients: 120, seed: 9, today: dayOf("2026-11-23"), hashIdentityCode: (code) => `hash:${code}` });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(created.map((test) => test.drop()));
  });

  it("contains no identity code, name, address, contact detail or raw person id in any value of any dataset", async () => {
    const [people] = await databases.clients.sql.query<{ secrets: string[] }>(
      `SELECT array_agg(DISTINCT s) AS secrets FROM client,
         unnest(ARRAY[first_name, last_name, first_name || ' ' || last_name, street_address, phone, email,
                      identity_code_hash, substr(identity_code_hash, 6), identity_code_encrypted, id::text]) AS s
        WHERE s IS NOT NULL`,
    );
    const [staff] = await databases.teams.sql.query<{ secrets: string[] }>(
      `SELECT array_agg(DISTINCT s) AS secrets FROM professional, unnest(ARRAY[first_name, last_name, id::text]) AS s`,
    );
    const secrets = new Set([...people!.secrets, ...staff!.secrets]);
    expect(secrets.size).toBeGreaterThan(300);
    // Long secrets must not appear even inside a value; short ones (a four-letter first name) not as a whole value.
    const long = [...secrets].filter((secret) => secret.length >= 6);
    let scanned = 0;
    const leaks: string[] = [];
    for (const { name } of subgraphs) {
      for (const dataset of exportDatasets[name as SubgraphName]) {
        const { text, records } = await exportText(databases[name].sql, dataset, { format: "csv" });
        for (const record of records)
          for (const [column, value] of Object.entries(record)) {
            scanned += 1;
            for (const part of [value, ...value.split(";")])
              if (secrets.has(part)) leaks.push(`${dataset.name}.${column}: ${part}`);
          }
        for (const secret of long) if (text.includes(secret)) leaks.push(`${dataset.name}: contains ${secret}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(scanned).toBeGreaterThan(10_000);
  }, 120_000);

  it("writes CSV that parses with a header row naming every column, one record per row", async () => {
    const { records, text } = await exportText(databases.fit.sql, measurements);
    const [{ count }] = (await databases.fit.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM measurement")) as [
      { count: number },
    ];
    expect(count).toBeGreaterThan(100);
    expect(text.split("\n", 1)[0]).toBe(measurements.columns.map((column) => column.name).join(","));
    expect(records).toHaveLength(count);
    expect(records[0]!["measured_on"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(records[0]!["created_at"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(records[0]!["items"]).toMatch(/^\d+(\.\d)?(;\d+(\.\d)?){3}$/);
  });

  it("writes Parquet that a Parquet reader reads back, with the same rows and typed values", async () => {
    const csv = await exportText(databases.fit.sql, measurements);
    const { bytes, rows } = await exportText(databases.fit.sql, measurements, { format: "parquet" });
    expect(bytes.subarray(0, 4).toString()).toBe("PAR1");
    const reader = await ParquetReader.openBuffer(bytes);
    const cursor = reader.getCursor();
    const read: Record<string, unknown>[] = [];
    for (let record = await cursor.next(); record; record = await cursor.next()) read.push(record as Record<string, unknown>);
    await reader.close();
    expect(read).toHaveLength(rows);
    expect(read).toHaveLength(csv.records.length);
    const first = read[0]!;
    expect(first["measurement_id"]).toBe(csv.records[0]!["measurement_id"]);
    expect(first["client_pseudonym"]).toBe(csv.records[0]!["client_pseudonym"]);
    expect(first["measured_on"]).toBeInstanceOf(Date);
    expect((first["measured_on"] as Date).toISOString().slice(0, 10)).toBe(csv.records[0]!["measured_on"]);
    expect(first["items"]).toEqual(csv.records[0]!["items"]!.split(";"));
  });

  it("gives the same person the same pseudonym in every dataset of a destination, and another one at another destination", async () => {
    const [someone] = await databases.fit.sql.query<{ client_id: string }>(
      "SELECT client_id::text FROM measurement ORDER BY id LIMIT 1",
    );
    const expected = createHmac("sha256", LAKE_KEY).update(`client:${someone!.client_id}`).digest("hex");
    const lakeClients = (await exportText(databases.clients.sql, clients)).records.map((record) => record["client_pseudonym"]);
    const lakeMeasurements = (await exportText(databases.fit.sql, measurements)).records.map(
      (record) => record["client_pseudonym"],
    );
    const researchClients = (await exportText(databases.clients.sql, clients, { pseudonymiser: research })).records.map(
      (record) => record["client_pseudonym"],
    );
    expect(lakeClients).toContain(expected);
    expect(lakeMeasurements).toContain(expected);
    expect(new Set(lakeMeasurements).size).toBeLessThanOrEqual(new Set(lakeClients).size);
    for (const pseudonym of lakeMeasurements) expect(lakeClients).toContain(pseudonym);
    expect(researchClients).toHaveLength(lakeClients.length);
    expect(researchClients.filter((pseudonym) => lakeClients.includes(pseudonym))).toEqual([]);
  });

  it("sends in an increment exactly the rows changed after the cursor, including a write that committed after the export began", async () => {
    const sql = databases.fit.sql;
    const full = await exportText(sql, measurements);
    expect((await exportText(sql, measurements, { since: full.cursor })).records).toEqual([]);

    const [changed] = await sql.query<{ id: string }>("SELECT id::text FROM measurement ORDER BY id LIMIT 1 OFFSET 5");
    await sql.query("UPDATE measurement SET rater = 'PARENT' WHERE id = $1", [changed!.id]);
    const [template] = await sql.query<{ client_id: string; professional_id: string }>(
      "SELECT client_id::text, professional_id::text FROM measurement LIMIT 1",
    );
    const insert = (id: string, runner: Sql) =>
      runner.query(
        `INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items)
         VALUES ($1, $2, $3, 'ORS', '2026-11-20', 20.0, '{5,5,5,5}')`,
        [id, template!.client_id, template!.professional_id],
      );
    const added = randomUUID();
    await insert(added, sql);
    // A write whose transaction is open while the next export takes its snapshot, and commits later.
    const late = randomUUID();
    let release!: () => void;
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
    const lateWrite = sql.transaction(async (tx) => {
      await insert(late, tx);
      inserted();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await insertedOnce;

    const first = await exportText(sql, measurements, { since: full.cursor });
    expect(first.records.map((record) => record["measurement_id"]).sort()).toEqual([changed!.id, added].sort());
    expect(first.records.find((record) => record["measurement_id"] === changed!.id)!["rater"]).toBe("PARENT");

    release();
    await lateWrite;
    const second = await exportText(sql, measurements, { since: first.cursor });
    expect(second.records.map((record) => record["measurement_id"])).toEqual([late]);
    expect((await exportText(sql, measurements, { since: second.cursor })).records).toEqual([]);
  });

  it("refuses a cursor of another dataset", async () => {
    const { cursor } = await exportText(databases.fit.sql, measurements);
    await expect(exportText(databases.clients.sql, clients, { since: cursor })).rejects.toThrow(
      /belongs to dataset measurements/,
    );
  });

  describe("over HTTP", () => {
    const accessLog: AccessLogEntry[] = [];
    let url: string;
    let stop: () => Promise<void>;

    beforeAll(async () => {
      const service = fitSubgraph.create({
        database: databases.fit,
        viewerKey: testViewerKey,
        log: createLogger({ service: "fit", level: "silent" }),
        accessPolicy: foundationPolicy({ controllerOrganizationIds: new Set() }),
        accessLog: { append: async (entries) => void accessLog.push(...entries) },
        bus: new InProcessEventBus(),
        settings: { identityCodeHashKey: "test-only-identity-code-hash-key-0123456789", timeZone: "Europe/Helsinki" },
        exportDestinations: new Map([["lake", LAKE_KEY]]),
      });
      url = (await service.start(0)).replace(/\/graphql$/, "");
      stop = () => service.stop();
    });
    afterAll(() => stop());

    const system = (scopes: string[]): Viewer => ({ id: "lake-loader", kind: "system", roles: [], scopes });
    const get = async (path: string, viewer: Viewer | null) =>
      fetch(`${url}${path}`, { headers: viewer ? await signedViewerHeaders(viewer, "fit") : {} });

    it("refuses a request without a signed viewer, a professional, and a system client without the scope export:read", async () => {
      expect((await get("/export/measurements?destination=lake", null)).status).toBe(401);
      const before = accessLog.length;
      expect(
        (await get("/export/measurements?destination=lake", professional(randomUUID(), { scopes: ["export:read"] }))).status,
      ).toBe(403);
      expect((await get("/export/measurements?destination=lake", system(["clients:read"]))).status).toBe(403);
      expect(accessLog.slice(before).map((entry) => [entry.outcome, entry.basis])).toEqual([
        ["denied", "not_a_system_client"],
        ["denied", "missing_scope"],
      ]);
    });

    it("answers a system client with the scope with CSV and the next cursor, logging one disclosure per export", async () => {
      const before = accessLog.length;
      const response = await get("/export/fit_derived_values?format=csv&destination=lake", system(["export:read"]));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
      const cursor = response.headers.get(EXPORT_CURSOR_HEADER)!;
      const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
      for (const record of records) expect(["configuration", "import"]).toContain(record["produced_by"]);
      const increment = await get(
        `/export/fit_derived_values?format=ndjson&destination=lake&since=${cursor}`,
        system(["export:read"]),
      );
      expect(increment.status).toBe(200);
      expect(await increment.text()).toBe("");
      expect(accessLog.slice(before)).toEqual([
        expect.objectContaining({
          clientId: "*",
          category: "fit",
          outcome: "allowed",
          basis: "export:lake:snapshot",
          viewerId: "lake-loader",
        }),
        expect.objectContaining({ clientId: "*", outcome: "allowed", basis: "export:lake:increment" }),
      ]);
    });

    it("names the rule when the destination, the format or the cursor is wrong", async () => {
      const viewer = system(["export:read"]);
      expect((await get("/export/measurements?destination=elsewhere", viewer)).status).toBe(400);
      expect((await get("/export/measurements?destination=lake&format=xlsx", viewer)).status).toBe(400);
      const bad = await get("/export/measurements?destination=lake&since=bogus", viewer);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0]!.extensions.field).toBe("since");
      expect((await get("/export/nothing?destination=lake", viewer)).status).toBe(404);
    });
  });
});
