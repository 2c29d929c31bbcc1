import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { clientSearchStatement, type ClientSearchCriteria, type SearchHit, type SearchKey } from "../src/data/clientSearch";
import {
  explainSearch,
  FIRST_NAME_MATCHES,
  LAST_NAME_MATCHES,
  planNodes,
  rowsOf,
  seedNamesForPlans,
  type PlanNode,
} from "./nameSearchPlan";

const root = join(__dirname, "..", "..", "..");
const run = promisify(execFile);
const LAST_KEY_INDEX = "client_last_name_key_first_name_key_id_idx";
const FIRST_KEY_INDEX = "client_first_name_key_last_name_key_id_idx";

/** The rows the plan's scans of the client table produced, all branches together. */
const rowsRead = (plan: PlanNode) =>
  planNodes(plan)
    .filter((node) => node["Relation Name"] === "client" || node["Index Name"]?.startsWith("client_"))
    .filter((node) => !node["Node Type"].startsWith("Bitmap Index"))
    .reduce((sum, node) => sum + rowsOf(node), 0);

describe("the name search's statement", () => {
  let postgres: TestDatabase;
  /** Every client as the search should list them: by lower-case last name, first name, then id. */
  let everyone: { id: string; first: string; last: string }[];

  const search = async (words: string[], after: SearchKey | null, size: number) => {
    const criteria: ClientSearchCriteria = { nameWords: words, birthDate: null, identityCodeHash: null };
    const statement = clientSearchStatement(criteria, after, size);
    return postgres.database.sql.query<SearchHit>(statement.text, statement.values);
  };

  beforeAll(async () => {
    postgres = await createTestDatabase("name_search_index", clientsSubgraph.migrationsDir);
    await seedNamesForPlans(postgres.database.sql);
    const rows = await postgres.database.sql.query<{ id: string; first_name: string; last_name: string }>(
      `SELECT id::text, first_name, last_name FROM client`,
    );
    everyone = rows
      .map((row) => ({ id: row.id, first: row.first_name.toLowerCase(), last: row.last_name.toLowerCase() }))
      .sort((a, b) => compare(a.last, b.last) || compare(a.first, b.first) || compare(a.id, b.id));
  }, 60_000);
  afterAll(() => postgres?.drop());

  it("reads a word's last-name matches in page order and stops after the page, however many match", async () => {
    const plan = await explainSearch(postgres.database.sql, { nameWords: ["virt"] }, null, 21);
    const lastNameScan = planNodes(plan).find((node) => node["Index Name"] === LAST_KEY_INDEX);
    expect(lastNameScan?.["Node Type"]).toMatch(/^Index (Only )?Scan$/);
    // The page (21) and at most the one entry the merge of the branches reads ahead.
    expect(rowsOf(lastNameScan!)).toBeLessThanOrEqual(22);
    // 3,040 clients match; the page (and one) and the first-name matches are all that is read.
    expect(rowsRead(plan)).toBeLessThanOrEqual(22 + FIRST_NAME_MATCHES);
    expect(LAST_NAME_MATCHES).toBeGreaterThan(100 * 21);
  });

  it("starts a later page at its cursor in the index, not at the first match", async () => {
    const middle = everyone.filter((client) => client.last.startsWith("virt"))[LAST_NAME_MATCHES / 2]!;
    const plan = await explainSearch(postgres.database.sql, { nameWords: ["virt"] }, [middle.last, middle.first, middle.id], 21);
    const lastNameScan = planNodes(plan).find((node) => node["Index Name"] === LAST_KEY_INDEX);
    // The page (21) and at most the one entry the merge of the branches reads ahead.
    expect(rowsOf(lastNameScan!)).toBeLessThanOrEqual(22);
    expect(rowsRead(plan)).toBeLessThanOrEqual(22 + FIRST_NAME_MATCHES);
  });

  it("gathers a word's first-name matches from the first-name B-tree, not by walking the table", async () => {
    const plan = await explainSearch(postgres.database.sql, { nameWords: ["virtu"] }, null, 21);
    expect(planNodes(plan).some((node) => node["Index Name"] === FIRST_KEY_INDEX)).toBe(true);
    expect(planNodes(plan).some((node) => node["Node Type"] === "Seq Scan")).toBe(false);
    expect(rowsRead(plan)).toBeLessThanOrEqual(FIRST_NAME_MATCHES);
  });

  it("lists the matches of either name's start in the order of lower-case last name, first name and id, page after page", async () => {
    const expected = everyone.filter((client) => client.last.startsWith("virt") || client.first.startsWith("virt"));
    const pages: SearchHit[] = [];
    let after: SearchKey | null = null;
    for (let page = await search(["virt"], null, 500); page.length; page = await search(["virt"], after, 500)) {
      pages.push(...page);
      const last: SearchHit = page.at(-1)!;
      after = [last.lastNameKey, last.firstNameKey, last.id];
    }
    expect(pages.map((hit) => hit.id)).toEqual(expected.map((client) => client.id));
    expect(pages.length).toBe(LAST_NAME_MATCHES + FIRST_NAME_MATCHES);
    // Case does not order: "virtala…" before "Virtanen…", which code points alone would put first.
    const keys = pages.map((hit) => hit.lastNameKey);
    expect(keys.findIndex((key) => key.startsWith("virtanen"))).toBeGreaterThan(
      keys.findLastIndex((key) => key.startsWith("virtala")),
    );
  });

  it("needs every word to start the first or the last name, whichever word is longest", async () => {
    const expected = everyone
      .filter((client) => [client.first, client.last].some((name) => name.startsWith("aino12")))
      .filter((client) => [client.first, client.last].some((name) => name.startsWith("vir")));
    expect(expected.length).toBeGreaterThan(1);
    const hits = await search(["vir", "aino12"], null, 500);
    expect(hits.map((hit) => hit.id)).toEqual(expected.map((client) => client.id));
    expect((await search(["AINO12", "VIR"], null, 500)).map((hit) => hit.id)).toEqual(expected.map((client) => client.id));
  });

  it("is built by the same migrations on the embedded PGlite, and reads the same B-trees there", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", join(__dirname, "pgliteNameSearchPlan.ts")], {
      cwd: root,
    });
    const plans = JSON.parse(stdout) as { lastName: PlanNode; firstName: PlanNode };
    const lastNameScan = planNodes(plans.lastName).find((node) => node["Index Name"] === LAST_KEY_INDEX);
    // The page (21) and at most the one entry the merge of the branches reads ahead.
    expect(rowsOf(lastNameScan!)).toBeLessThanOrEqual(22);
    expect(planNodes(plans.firstName).some((node) => node["Index Name"] === FIRST_KEY_INDEX)).toBe(true);
  }, 120_000);

  it("keeps the identity code look-up on its keyed hash's unique index", async () => {
    const rows = await postgres.database.sql.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'client_identity_code_hash_key'`,
    );
    expect(rows[0]?.indexdef).toMatch(/UNIQUE INDEX .* \(identity_code_hash\)/);
  });
});

/** Code point order, as the "C" collation of the search keys (the test's names are ASCII). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
