import pg from "pg";
import { RequestDeadline, openPostgres, runWithDeadline, type Database } from "../src/db";
import { testDatabaseUrl } from "@silta/testkit";

/**
 * Every statement a request sends through a kernel pool (raw SQL here; Prisma's adapter uses the same
 * pool) is bounded by the request's deadline: not sent once it has passed, cancelled in PostgreSQL
 * when it passes or the caller hangs up. No statement_timeout is set, so only the deadline can stop them.
 */
describe("a request's deadline on a PostgreSQL pool", () => {
  let database: Database;
  let observer: pg.Client;
  /** Statements running a pg_sleep of this many seconds, other than the observer's own. */
  const running = async (seconds: number) =>
    Number(
      (
        await observer.query<{ count: string }>(
          `SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE $1`,
          [`%pg_sleep(${seconds})%`],
        )
      ).rows[0]!.count,
    );
  const waitFor = async (condition: () => Promise<boolean>, ms: number) => {
    const until = performance.now() + ms;
    while (!(await condition())) {
      if (performance.now() > until) throw new Error(`not within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    database = await openPostgres({ url: testDatabaseUrl(), poolSize: 2 });
    observer = new pg.Client({ connectionString: testDatabaseUrl() });
    await observer.connect();
  });

  afterAll(async () => {
    await observer.end();
    await database.close();
  });

  it("cancels a statement in PostgreSQL when the request's deadline passes", async () => {
    const deadline = new RequestDeadline(500);
    const started = performance.now();
    const statement = runWithDeadline(deadline, () => database.sql.query("SELECT pg_sleep(10.001)"));
    const failure = statement.catch((error: Error & { code?: string }) => error);
    await waitFor(async () => (await running(10.001)) === 1, 400);
    expect(await failure).toMatchObject({ code: "57014", message: "canceling statement: the request's deadline passed" });
    expect(performance.now() - started).toBeLessThan(2_000);
    await waitFor(async () => (await running(10.001)) === 0, 500);
    deadline.finish();
  });

  it("cancels a transaction's statement when the caller hangs up, and the pool keeps serving", async () => {
    const deadline = new RequestDeadline(60_000);
    const statement = runWithDeadline(deadline, () =>
      database.sql.transaction((tx) => tx.query("SELECT pg_sleep(10.002)")),
    ).catch((error: Error) => error);
    await waitFor(async () => (await running(10.002)) === 1, 1_000);
    deadline.abort("disconnected");
    expect(await statement).toMatchObject({ code: "57014", message: "canceling statement: the request's caller went away" });
    await waitFor(async () => (await running(10.002)) === 0, 500);
    deadline.finish();
    expect(await database.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("does not send a statement once its request's deadline has passed", async () => {
    const deadline = new RequestDeadline(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const refused = await runWithDeadline(deadline, () => database.sql.query("SELECT pg_sleep(10.003)")).catch(
      (error: Error) => error,
    );
    expect(refused).toMatchObject({ code: "57014", message: "canceling statement: the request's deadline passed" });
    expect(await running(10.003)).toBe(0);
  });

  it("holds a statement that waited for a free connection to its own request's deadline, not the releasing one's", async () => {
    // Both connections busy with work of no request: the request's statement waits in the pool's queue.
    const busy = [database.sql.query("SELECT pg_sleep(0.6)"), database.sql.query("SELECT pg_sleep(0.6)")];
    const deadline = new RequestDeadline(200);
    const waiting = runWithDeadline(deadline, () => database.sql.query("SELECT pg_sleep(10.004)")).catch((error: Error) => error);
    await Promise.all(busy);
    expect(await waiting).toMatchObject({ code: "57014" });
    expect(await running(10.004)).toBe(0);
  });

  it("leaves no transaction open on a pooled connection when the deadline passes between its statements", async () => {
    const table = `deadline_probe_${process.pid}`;
    await database.sql.exec(`CREATE TABLE ${table} (n int)`);
    try {
      const deadline = new RequestDeadline(100);
      const failure = await runWithDeadline(deadline, () =>
        database.sql.transaction(async (tx) => {
          await tx.query(`INSERT INTO ${table} VALUES (1)`);
          await new Promise((resolve) => setTimeout(resolve, 150));
          await tx.query(`INSERT INTO ${table} VALUES (2)`);
        }),
      ).catch((error: Error) => error);
      expect(failure).toMatchObject({ code: "57014" });
      deadline.finish();
      // Its ROLLBACK was refused too: the connection must not go back to the pool inside the transaction.
      const openTransactions = async () =>
        Number(
          (
            await observer.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND query LIKE $1`,
              [`%${table}%`],
            )
          ).rows[0]!.n,
        );
      await waitFor(async () => (await openTransactions()) === 0, 500);
      expect(await database.sql.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    } finally {
      await database.sql.exec(`DROP TABLE ${table}`);
    }
  });

  it("leaves statements outside any request, and those after its answer, alone", async () => {
    const deadline = new RequestDeadline(50);
    deadline.finish();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await runWithDeadline(deadline, () => database.sql.query("SELECT pg_sleep(0.01), 2 AS two"))).toEqual([
      { pg_sleep: "", two: 2 },
    ]);
  });
});
