import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * PGlite cannot interrupt a statement once started (it holds the thread, and statement_timeout never
 * fires in WebAssembly), so the embedded database's share of a request's deadline is not to start the
 * request's statements once it has passed, even those already queued behind a long one.
 */
describe("a request's deadline on the embedded database", () => {
  let results: Record<string, unknown>;

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(__dirname, "pgliteDeadlineScenario.ts")], {
      cwd: join(__dirname, "..", ".."),
      timeout: 60_000,
    });
    results = Object.fromEntries(
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { name: string; result: unknown })
        .map(({ name, result }) => [name, result]),
    );
  }, 70_000);

  const cancelled = { code: "57014", message: "canceling statement: the request's deadline passed" };

  it("does not start a statement whose request's deadline passed while it waited behind another", () => {
    expect(results["queued"]).toEqual({ failure: cancelled, rows: 0 });
  });

  it("refuses the rest of a transaction once the deadline passed, and rolls it back", () => {
    expect(results["transaction"]).toEqual({ failure: cancelled, rows: 0 });
  });

  it("answers Prisma's adapter with an error the subgraph reports as SERVICE_UNAVAILABLE", () => {
    expect(results["prisma"]).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "cancelled" });
  });

  it("runs statements after a request was answered as before", () => {
    expect(results["answered"]).toEqual({ rows: 1 });
  });
});
