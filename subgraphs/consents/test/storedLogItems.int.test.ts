import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import type { LogItem } from "../src/domain/accessLogHash";
import { itemsOfStored, storedItems } from "../src/domain/storedLogItems";

const item = (category: string, fields: Partial<LogItem> = {}): LogItem => ({
  category,
  action: "read",
  outcome: "allowed",
  basis: "responsible_worker",
  consentId: null,
  teamId: null,
  relationshipId: null,
  statutoryBasisId: null,
  serviceTask: null,
  ...fields,
});

/**
 * An entry's stored items are read in two places: verify, the client's and the officer's queries read
 * them through the view `access_log_entries` (the SQL function `access_log_items`), an archived month
 * through `itemsOfStored`. Both must give the same items, field for field, or an archive would read
 * otherwise than the log it came from. On real PostgreSQL, for every field of a run, runs of several
 * categories, and entries written as objects before.
 */
describe("an entry's stored items, as the view shows them and as the code reads them", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_stored_log_items", consentsSubgraph.migrationsDir);
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  const shown = async (stored: unknown[]) => {
    const [row] = await testDb.database.sql.query<{ items: Partial<LogItem>[] }>(`SELECT access_log_items($1::jsonb) AS items`, [
      JSON.stringify(stored),
    ]);
    return row!.items;
  };
  /** An item as the view shows it: fields without a value left out. */
  const withoutNulls = (items: LogItem[]) =>
    items.map((one) => Object.fromEntries(Object.entries(one).filter(([, value]) => value !== null)));

  it.each([
    ["a caseload's three categories under one decision", [item("team"), item("basic"), item("fit")]],
    [
      "every field set, and a run ended by each kind of difference",
      [
        item("grant_data", {
          action: "grant",
          consentId: "c-1",
          teamId: "t-1",
          relationshipId: "r-1",
          statutoryBasisId: "s-1",
          serviceTask: "child_welfare",
        }),
        item("basic", { consentId: "c-1" }),
        item("contact", { consentId: "c-1" }),
        item("contact", { outcome: "denied", basis: "ban" }),
        item("fit", { serviceTask: "family_centre" }),
        item("fit"),
      ],
    ],
    ["only a trailing service task", [item("fit", { serviceTask: "disability_services" })]],
  ])("give the same items: %s", async (_, items) => {
    const stored = storedItems(items);
    expect(itemsOfStored(stored)).toEqual(items);
    expect(await shown(stored)).toEqual(withoutNulls(items));
  });

  it("show an entry written as objects as it was", async () => {
    const objects = [{ category: "team", action: "read", outcome: "allowed", basis: "team_member", teamId: "t-1" }];
    expect(await shown(objects)).toEqual(objects);
    expect(withoutNulls(itemsOfStored(objects))).toEqual(objects);
  });
});
