import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { openPostgres, type Database } from "../src/db";
import { PREPARED_STATEMENT_MARK, preparedStatementName } from "../src/db/preparedStatements";
import { testDatabaseUrl } from "@silta/testkit";

/**
 * A Prisma raw statement whose text begins with `/* prepared *\/` goes to PostgreSQL named, as the
 * kernel's own `Sql` sends one (fit's latest scores, teams' client windows: parsed once per
 * connection, not on every call); every other statement of a Prisma client stays unnamed. Shown on
 * one connection, where PostgreSQL lists what that session holds prepared.
 */
describe("Prisma's raw statements on a PostgreSQL pool", () => {
  let database: Database;
  let adapter: SqlDriverAdapter;
  const int = { scalarType: "int", arity: "scalar" } as const;
  const run = async (sql: string, args: unknown[] = []) =>
    (await adapter.queryRaw({ sql, args, argTypes: args.map(() => int) })).rows;
  const preparedHere = async () =>
    (await run("SELECT name, statement FROM pg_prepared_statements ORDER BY name")).map(([name, statement]) => ({
      name,
      statement,
    }));

  beforeAll(async () => {
    database = await openPostgres({ url: testDatabaseUrl(), poolSize: 1 });
    adapter = await database.prismaAdapter.connect();
  });

  afterAll(async () => {
    await adapter.dispose();
    await database.close();
  });

  it("are named when marked, once per connection, and answer as unnamed ones do", async () => {
    const marked = `${PREPARED_STATEMENT_MARK} SELECT $1::int + 1 AS next`;
    expect(await run(marked, [1])).toEqual([[2]]);
    expect(await run(marked, [41])).toEqual([[42]]);
    expect(await run("SELECT $1::int + 2 AS later", [1])).toEqual([[3]]);
    expect(await preparedHere()).toEqual([{ name: preparedStatementName(marked), statement: marked }]);
  });

  it("stay unnamed otherwise: the mark must open the text", async () => {
    const before = await preparedHere();
    expect(await run(`SELECT $1::int AS n ${PREPARED_STATEMENT_MARK}`, [7])).toEqual([[7]]);
    expect(await run("SELECT $1::int * 2 AS n", [7])).toEqual([[14]]);
    expect(await preparedHere()).toEqual(before);
  });
});
