import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readMigrations } from "./migrate";
import { PLATFORM_MIGRATIONS_DIR, objectsCreatedBy } from "./platformMigrations";
import { isRewrittenByPlatformMove, REWRITTEN_WHEN_PLATFORM_MOVED } from "./platformMove";

describe("the platform migrations", () => {
  it("name every table, index and function they create, which is how an older schema's copies are recognised", () => {
    const created = Object.fromEntries(
      readMigrations(PLATFORM_MIGRATIONS_DIR).map((migration) => [migration.name, objectsCreatedBy(migration.sql)]),
    );
    expect(created).toEqual({
      "20261101000000_platform_event_outbox": {
        relations: ["outbox_event", "aggregate_version", "outbox_event_event_id_key", "outbox_event_published_at_id_idx"],
        functions: [],
      },
      "20261101000100_platform_processed_event": { relations: ["processed_event"], functions: [] },
      "20261101000200_platform_idempotency_key": { relations: ["idempotency_key"], functions: [] },
      "20261101000300_platform_export_change_tracking": { relations: [], functions: ["export_touch_change_xid"] },
    });
  });

  it("sort before every subgraph's first migration, so they run first", () => {
    const last = readMigrations(PLATFORM_MIGRATIONS_DIR).at(-1)!.name;
    expect(last < "20261123100000_init").toBe(true);
  });
});

describe("isRewrittenByPlatformMove", () => {
  const [first] = REWRITTEN_WHEN_PLATFORM_MOVED;

  it("accepts the earlier text of a migration the move rewrote, recorded under its name", () => {
    expect(isRewrittenByPlatformMove(first!.migration, first!.before, first!.after)).toBe(true);
  });

  it("refuses any other edit: another name, another earlier text, or a file edited again since", () => {
    expect(isRewrittenByPlatformMove("20261123110000_other", first!.before, first!.after)).toBe(false);
    expect(isRewrittenByPlatformMove(first!.migration, "0".repeat(64), first!.after)).toBe(false);
    expect(isRewrittenByPlatformMove(first!.migration, first!.before, "0".repeat(64))).toBe(false);
  });
});

describe("objectsCreatedBy", () => {
  it("reads CREATE TABLE, CREATE [UNIQUE] INDEX and CREATE FUNCTION at the start of a line, and nothing in comments", () => {
    const sql = readFileSync(join(PLATFORM_MIGRATIONS_DIR, "20261101000000_platform_event_outbox", "migration.sql"), "utf8");
    expect(objectsCreatedBy(`-- CREATE TABLE "not_this"\n${sql}`).relations).not.toContain("not_this");
  });
});
