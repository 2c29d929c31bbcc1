import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..", "..");

/**
 * The embedded hub's one PGlite, a schema per subgraph: the subgraphs' statements take turns on its
 * one connection, each under its own schema, and a transaction keeps the connection until it ends.
 */
describe("the embedded database", () => {
  let seen: {
    interleaved: string[];
    order: string[];
    schemaName: string;
    afterOneClosed: string;
    reopenedNotes: string[];
    clusters: number;
  };

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(__dirname, "embeddedDatabasesScenario.ts")],
      { cwd: root },
    );
    seen = JSON.parse(stdout) as typeof seen;
  }, 120_000);

  it("answers each subgraph from its own schema, however their statements interleave", () => {
    expect(seen.interleaved).toEqual(Array.from({ length: 20 }, (_, index) => (index % 2 ? "teams" : "clients")));
  });

  it("lets no other schema's statement in while a transaction is open, then answers it from its own schema", () => {
    expect(seen.order.slice(0, 2)).toEqual(["clients transaction ends", "teams read teams"]);
  });

  it("gives Prisma the subgraph's schema, and holds the connection for a Prisma transaction until it commits", () => {
    expect(seen.schemaName).toBe("teams");
    expect(seen.order.slice(2)).toEqual(["teams transaction read teams", "clients read clients, changed"]);
  });

  it("stays open while one schema is open and keeps every schema in one folder", () => {
    expect(seen.afterOneClosed).toBe("teams");
    expect(seen.reopenedNotes).toEqual(["clients, changed", "teams"]);
    expect(seen.clusters).toBe(1);
  });
});
