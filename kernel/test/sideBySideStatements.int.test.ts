import pg from "pg";
import { RequestDeadline, openPostgres, runWithDeadline, type Database } from "../src/db";
import { testDatabaseUrl } from "@silta/testkit";

/**
 * Prisma's query interpreter sends the statements of one transaction side by side. pg 8 queues them
 * on the connection with a deprecation warning, and pg 9 will refuse them: the kernel's pool sends
 * them one after the other itself, each still bounded by its request's deadline.
 */
describe("statements sent side by side on one connection", () => {
  let database: Database;

  beforeAll(async () => {
    database = await openPostgres({ url: testDatabaseUrl(), poolSize: 2 });
  });

  afterAll(async () => {
    await database.close();
  });

  it("run one after the other in the transaction, so pg never holds a queue of them", async () => {
    // pg's own Client.query, under the kernel's: how many statements a connection was handed at once.
    const send = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    let handed = 0;
    let mostAtOnce = 0;
    const spy = jest.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const result = send.apply(this, args);
      if (!(result instanceof Promise)) return result as never;
      handed += 1;
      mostAtOnce = Math.max(mostAtOnce, handed);
      const done = () => {
        handed -= 1;
      };
      result.then(done, done);
      return result as never;
    });
    try {
      const answers = await database.sql.transaction((sql) =>
        Promise.all([1, 2, 3, 4, 5].map((n) => sql.query<{ n: number }>(`SELECT pg_sleep(0.02), ${n}::int AS n`))),
      );
      expect(answers.map((rows) => rows[0]?.n)).toEqual([1, 2, 3, 4, 5]);
      expect(mostAtOnce).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses the ones still waiting once the request's deadline has passed", async () => {
    const deadline = new RequestDeadline(150);
    let outcomes: PromiseSettledResult<unknown>[] = [];
    const transaction = runWithDeadline(deadline, () =>
      database.sql.transaction(async (sql) => {
        outcomes = await Promise.allSettled([
          sql.query("SELECT pg_sleep(0.5)"),
          sql.query("SELECT 1 AS one"),
          sql.query("SELECT 2 AS two"),
        ]);
      }),
    );
    await transaction.catch(() => undefined);
    deadline.finish();
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    for (const outcome of outcomes) expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "57014" });
  });
});
