import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { NAME_SEARCH_EXPLAIN, NAME_SEARCH_PLAN_SETUP } from "./nameSearchPlan";

const root = join(__dirname, "..", "..", "..");
const run = promisify(execFile);

describe("the name search's trigram indexes", () => {
  let postgres: TestDatabase;

  beforeAll(async () => {
    postgres = await createTestDatabase("name_search_index", clientsSubgraph.migrationsDir);
  });
  afterAll(() => postgres?.drop());

  it("serve ILIKE 'word%' on first and last name on PostgreSQL", async () => {
    const plan = await postgres.database.sql.transaction(async (tx) => {
      await tx.exec(NAME_SEARCH_PLAN_SETUP);
      return tx.query<{ "QUERY PLAN": string }>(NAME_SEARCH_EXPLAIN);
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("client_first_name_trgm_idx");
    expect(text).toContain("client_last_name_trgm_idx");
  });

  it("are built by the same migrations on the embedded PGlite, with pg_trgm loaded", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(__dirname, "pgliteNameSearchPlan.ts")], {
      cwd: root,
    });
    expect(stdout).toContain("client_first_name_trgm_idx");
    expect(stdout).toContain("client_last_name_trgm_idx");
  }, 120_000);

  it("keep the identity code look-up on its keyed hash's unique index", async () => {
    const rows = await postgres.database.sql.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'client_identity_code_hash_key'`,
    );
    expect(rows[0]?.indexdef).toMatch(/UNIQUE INDEX .* \(identity_code_hash\)/);
  });
});
