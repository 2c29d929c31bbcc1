/**
 * Run by pgliteDeadline.int.test.ts in a child process (PGlite loads its parts with a dynamic import,
 * which Jest's module system cannot do): request deadlines on an in-memory embedded database opened
 * as the hub opens it, each case printed as one JSON line for the test to judge.
 */
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite, RequestDeadline, runWithDeadline, type Database } from "../src/db";
import { databaseFailureOf } from "../src/errors";

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
  );

async function main() {
  const database: Database = await openPglite({ dataDir: null });
  const count = async () => (await database.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM written"))[0]!.n;
  const report = (name: string, result: unknown) => process.stdout.write(`${JSON.stringify({ name, result })}\n`);
  try {
    await database.sql.exec("CREATE TABLE written (n int)");

    // Someone else's long statement holds PGlite, and the event loop with it: the deadline's timer cannot fire.
    const long = database.sql.query("SELECT pg_sleep(0.3)");
    const queuedDeadline = new RequestDeadline(100);
    const queued = failureOf(runWithDeadline(queuedDeadline, () => database.sql.query("INSERT INTO written VALUES (1)")));
    await long;
    report("queued", { failure: await queued, rows: await count() });
    queuedDeadline.finish();

    const transactionDeadline = new RequestDeadline(100);
    const transaction = failureOf(
      runWithDeadline(transactionDeadline, () =>
        database.sql.transaction(async (tx) => {
          await tx.query("INSERT INTO written VALUES (2)");
          await tx.query("SELECT pg_sleep(0.2)");
          await tx.query("INSERT INTO written VALUES (3)");
        }),
      ),
    );
    report("transaction", { failure: await transaction, rows: await count() });
    transactionDeadline.finish();

    const adapter = await (database.prismaAdapter as PrismaPGlite).connect();
    const hungUp = new RequestDeadline(60_000);
    hungUp.abort("disconnected");
    const prismaFailure = await runWithDeadline(hungUp, () => adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] })).then(
      () => undefined,
      (error: unknown) => error,
    );
    report("prisma", databaseFailureOf(prismaFailure)?.extensions ?? null);
    hungUp.finish();

    const answered = new RequestDeadline(10);
    answered.finish();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await runWithDeadline(answered, () => database.sql.query("INSERT INTO written VALUES (4)"));
    report("answered", { rows: await count() });
  } finally {
    await database.close();
  }
}

void main();
