import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { testDatabaseUrl } from "@silta/testkit";
import { privateBenchmarkLock } from "@silta/testkit/benchmarkLock";

const run = promisify(execFile);
const root = join(__dirname, "..", "..", "..");
/**
 * The benchmarks' own commands (docs/benchmarks-fit.md, docs/benchmarks-export.md), at a size a test
 * affords, each under a benchmark lock of its own (testkit/src/benchmarkLock.ts): a real benchmark on
 * the machine must not hold the suite up.
 */
const npm = (args: string[]) =>
  run("npm", ["run", "--silent", ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      ...privateBenchmarkLock("fit-test"),
    },
  });

describe("the FIT benchmarks run from a fresh database with one command each", () => {
  it("npm run bench:import imports the generated file twice and prints counts that add up, time and memory", async () => {
    const { stdout } = await npm(["bench:import", "--", "--measurements", "200"]);
    const printed = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(printed["file"]).toMatchObject({ rows: 100, episodes: 10, measurements: 200 });
    expect(printed["firstImport"]).toMatchObject({
      seconds: expect.any(Number),
      measurementsPerSecond: expect.any(Number),
      episodes: { inserted: 10, updated: 0, unchanged: 0 },
      sessions: { inserted: 100, updated: 0, unchanged: 0 },
      measurements: { inserted: 200, updated: 0, unchanged: 0 },
      derivedUpdated: 200,
    });
    expect(printed["secondImport"]).toMatchObject({
      episodes: { inserted: 0, updated: 0, unchanged: 10 },
      measurements: { inserted: 0, updated: 0, unchanged: 200 },
    });
    expect(printed["memory"]).toMatchObject({ peakRss: expect.stringMatching(/^\d+ MB$/) });
    expect(printed["machine"]).toMatchObject({ cores: expect.any(Number), loadAverageBefore: expect.any(Array) });
  }, 120_000);

  it("npm run bench:export exports the generated rows in each format and prints rows per second and peak memory", async () => {
    const { stdout } = await npm(["bench:export", "--", "--rows", "2000", "--formats", "csv,parquet"]);
    expect(stdout).toMatch(/^Seeded 2,000 measurements in [\d.]+ s/m);
    expect(stdout).toMatch(/^Machine: \d+ cores .*, load average [\d.]+ \/ /m);
    for (const format of ["csv", "parquet"]) {
      expect(stdout).toMatch(
        new RegExp(`^measurements \\(${format}\\): 2,000 rows in [\\d.]+ s = [\\d,]+ rows/s, .*peak RSS \\d+ MB`, "m"),
      );
      expect(stdout).toMatch(new RegExp(`^fit_derived_values \\(${format}\\): 500 rows in`, "m"));
    }
  }, 120_000);
});
