import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { assertReadAsPrisma, preparedValue, readPooled, readPrepared } from "./preparedReads";

describe("a hot read's values", () => {
  it("are sent as they are when pg and Prisma send them alike", () => {
    for (const value of ["text", 0, -2.5, true, false, null, ["a", "b"], [1, 2], [true], [], [null, "x"]])
      expect(preparedValue(value, 1)).toBe(value);
  });

  it("are refused otherwise, naming the place and what it is", () => {
    expect(() => preparedValue(new Date(), 3)).toThrow("value $3 of a read over the pool is a Date");
    expect(() => preparedValue(10n, 1)).toThrow("value $1 of a read over the pool is a bigint");
    expect(() => preparedValue(Number.NaN, 2)).toThrow("value $2 of a read over the pool is not a finite number");
    expect(() => preparedValue({ a: 1 }, 1)).toThrow("value $1 of a read over the pool is an object");
    expect(() => preparedValue(["a", new Date()], 4)).toThrow("value $4 of a read over the pool is a Date");
    expect(() => preparedValue(undefined, 5)).toThrow("value $5 of a read over the pool is undefined");
  });
});

describe("a hot read's columns", () => {
  it("are taken when pg reads them as Prisma does", () => {
    const types = [16, 21, 23, 25, 700, 701, 1042, 1043, 2950, 1184, 1082, 1000, 1005, 1007, 1009, 1015, 1021, 1022, 2951, 1185];
    expect(() => assertReadAsPrisma(types.map((dataTypeID, index) => ({ name: `c${index}`, dataTypeID })))).not.toThrow();
  });

  it("are refused otherwise, naming the first such column", () => {
    const fields = [
      { name: "id", dataTypeID: 2950 },
      { name: "amount", dataTypeID: 1700 },
      { name: "big", dataTypeID: 20 },
    ];
    expect(() => assertReadAsPrisma(fields)).toThrow('column "amount" of a read over the pool has type 1700');
    for (const dataTypeID of [20, 114, 1114, 1186, 3802, 16_384])
      expect(() => assertReadAsPrisma([{ name: "x", dataTypeID }])).toThrow('column "x"');
  });

  it("read a date as midnight UTC, as Prisma does, in a time zone where pg would read the day before", () => {
    // Another process: the time zone is read when the process starts. Kiritimati is UTC+14.
    const script = `
      const { readAsPrisma } = require("./kernel/src/db/preparedReads.ts");
      const pg = require("pg");
      console.log(JSON.stringify([readAsPrisma.getTypeParser(1082, "text")("2015-03-01"), pg.types.getTypeParser(1082, "text")("2015-03-01")]));`;
    const printed = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: join(__dirname, "..", "..", ".."),
      env: { ...process.env, TZ: "Pacific/Kiritimati" },
      encoding: "utf8",
    });
    const [ours, pgDefault] = JSON.parse(printed) as [string, string];
    expect(ours).toBe("2015-03-01T00:00:00.000Z");
    // pg's own reading is local midnight there: what the override is for.
    expect(pgDefault).toBe("2015-02-28T10:00:00.000Z");
  });
});

describe("a hot read's statement", () => {
  it("must be marked, or it is refused before anything is sent", async () => {
    const client = { $queryRaw: jest.fn() };
    await expect(readPrepared(client, sql`SELECT 1`)).rejects.toThrow("begins with /* prepared */");
    expect(client.$queryRaw).not.toHaveBeenCalled();
  });

  it("must be a tagged template: text assembled from strings is refused before anything is sent", async () => {
    const client = { $queryRaw: jest.fn() };
    const name = "x' OR '1' = '1";
    const assembled = { text: `/* prepared */ SELECT * FROM client WHERE name = '${name}'`, values: [], sql: "", strings: [] };
    for (const read of [readPrepared, readPooled])
      await expect(read(client, assembled as unknown as Parameters<typeof read>[1])).rejects.toThrow(
        "take a Prisma.sql tagged template",
      );
    expect(client.$queryRaw).not.toHaveBeenCalled();
  });

  it("runs on the client's raw path when no pool reader was given for it (a transaction, PGlite)", async () => {
    const statement = sql`/* prepared */ SELECT 1`;
    const client = { $queryRaw: jest.fn(async () => [{ one: 1 }]) };
    expect(await readPrepared(client, statement)).toEqual([{ one: 1 }]);
    expect(client.$queryRaw).toHaveBeenCalledWith(statement);
  });
});
