import { randomUUID } from "node:crypto";
import { openPostgres, readPooled, readPrepared, type Database } from "@silta/kernel";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { Prisma } from "../src/data/prisma/client";

/**
 * A hot read (`readPrepared`, ADR 0015) goes over the pool directly in servers mode, and must answer
 * exactly what Prisma's raw path answers for the same tagged template: every column type it takes,
 * nulls and lists among them. Anything it would answer differently is refused, naming what to change.
 * (That a date is midnight UTC in any time zone: `kernel/src/db/preparedReads.test.ts`.)
 */
describe("hot reads over the pool", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  const id = randomUUID();

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_hot_reads");
    prisma = createPrisma(testDb.database);
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await testDb.drop();
  });

  /** Every column type a hot read takes; marked to be named, or not (`readPooled`). */
  const everyType = (row: number, mark = Prisma.sql`/* prepared */ `) => Prisma.sql`${mark}SELECT
      ${row}::int AS "int", ${row}::int2 AS small, (${row} + 0.25)::float8 AS "double", 0.5::float4 AS single,
      ${row % 2 === 0} AS even, ${`name ${row}`}::text AS "text", 'ab'::varchar(5) AS "varchar", 'c'::char(2) AS padded,
      ${id}::uuid AS id, ${"2015-03-0" + row}::date AS "day", NULL::date AS "noDay", NULL::text AS "noText",
      ${[id]}::uuid[] AS ids, ${["a", "b"]}::text[] AS words, ARRAY[1.5, 2]::float8[] AS scores,
      ARRAY[1, 2]::int4[] AS counts, ARRAY[true, false] AS flags, '{}'::text[] AS "noWords",
      ${`2026-12-0${row}T19:22:11.087Z`}::timestamptz AS "at", NULL::timestamptz AS "noAt",
      ARRAY['2015-03-01 12:00:00.5+02']::timestamptz[] AS ats`;

  it("answers every type it takes as Prisma's raw path does, a date as midnight UTC", async () => {
    for (const row of [1, 2]) {
      const hot = await readPrepared<Record<string, unknown>>(prisma, everyType(row));
      expect(hot).toEqual(await prisma.$queryRaw<Record<string, unknown>[]>(everyType(row)));
      expect(hot[0]!["day"]).toEqual(new Date(`2015-03-0${row}T00:00:00.000Z`));
    }
  });

  it("is sent over the pool, named, once per connection", async () => {
    // One connection, so the statements PostgreSQL holds prepared are those of the reads' connection.
    const single = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 1 });
    let overPool = 0;
    const counted: Database = {
      ...single,
      readPrepared: (statement) => ((overPool += 1), single.readPrepared!(statement)),
    };
    const client = createPrisma(counted);
    try {
      const statement = (n: number) => Prisma.sql`/* prepared */ SELECT ${n}::int + 1 AS n`;
      expect(await readPrepared(client, statement(41))).toEqual([{ n: 42 }]);
      expect(await readPrepared(client, statement(1))).toEqual([{ n: 2 }]);
      expect(overPool).toBe(2);
      const prepared = await single.sql.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements`);
      expect(prepared.map((row) => row.statement)).toEqual([statement(41).text]);
    } finally {
      await client.$disconnect();
      await single.close();
    }
  });

  it("sends a read of varying text over the pool unnamed, checked alike", async () => {
    const single = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 1 });
    let overPool = 0;
    const counted: Database = { ...single, readPrepared: (statement) => ((overPool += 1), single.readPrepared!(statement)) };
    const client = createPrisma(counted);
    try {
      for (const row of [1, 2])
        expect(await readPooled(client, everyType(row, Prisma.empty))).toEqual(await prisma.$queryRaw(everyType(row)));
      expect(overPool).toBe(2);
      // Unnamed: its many texts (a search's words and filters) leave nothing prepared on the connection.
      expect(await single.sql.query(`SELECT statement FROM pg_prepared_statements`)).toEqual([]);
      await expect(readPooled(client, Prisma.sql`SELECT 1::int8 AS big`)).rejects.toThrow('column "big"');
      await expect(readPooled(client, Prisma.sql`SELECT ${new Date()}::timestamptz AS at`)).rejects.toThrow(
        "value $1 of a read over the pool is a Date",
      );
    } finally {
      await client.$disconnect();
      await single.close();
    }
  });

  it("reads an instant as the instant it is in any session time zone, old offsets and microseconds among them", async () => {
    const single = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 1 });
    const client = createPrisma(single);
    try {
      // The hub's sessions are UTC (openPostgres), where Prisma reads as pg does (the type test above);
      // pg's reading holds in any other zone too, here Helsinki's, 1:39:49 ahead until 1921.
      await single.sql.query(`SET TimeZone = 'Europe/Helsinki'`);
      const instants = Prisma.sql`SELECT '1900-01-01 00:00:00+00'::timestamptz AS old,
          '2026-06-01 12:00:00.123987+00'::timestamptz AS micro, '1969-12-31 23:59:59.999+00'::timestamptz AS "before1970",
          ARRAY['2026-01-01 00:00:00+00']::timestamptz[] AS list`;
      expect(await readPooled<Record<string, unknown>>(client, instants)).toEqual([
        {
          old: new Date("1900-01-01T00:00:00.000Z"),
          micro: new Date("2026-06-01T12:00:00.123Z"),
          before1970: new Date("1969-12-31T23:59:59.999Z"),
          list: [new Date("2026-01-01T00:00:00.000Z")],
        },
      ]);
    } finally {
      await client.$disconnect();
      await single.close();
    }
  });

  it("runs on Prisma's raw path in a transaction, with the same rows", async () => {
    const outside = await readPrepared<Record<string, unknown>>(prisma, everyType(1));
    const inside = await prisma.$transaction((tx) => readPrepared<Record<string, unknown>>(tx, everyType(1)));
    expect(inside).toEqual(outside);
  });

  it("refuses a column it would answer differently from Prisma, naming it", async () => {
    await expect(readPrepared(prisma, Prisma.sql`/* prepared */ SELECT 1.5::numeric AS amount`)).rejects.toThrow(
      'column "amount" of a read over the pool has type 1700',
    );
    await expect(readPrepared(prisma, Prisma.sql`/* prepared */ SELECT 1::int8 AS big`)).rejects.toThrow('column "big"');
    // A timestamp without a time zone: pg would read it in the process's local time.
    await expect(readPrepared(prisma, Prisma.sql`/* prepared */ SELECT now()::timestamp AS at`)).rejects.toThrow('column "at"');
  });

  it("refuses a value pg would send differently from Prisma, naming its place, and an unmarked statement", async () => {
    await expect(
      readPrepared(prisma, Prisma.sql`/* prepared */ SELECT ${"a"}::text AS a, ${new Date()}::timestamptz AS b`),
    ).rejects.toThrow("value $2 of a read over the pool is a Date");
    await expect(readPrepared(prisma, Prisma.sql`SELECT 1::int AS one`)).rejects.toThrow("begins with /* prepared */");
  });
});
