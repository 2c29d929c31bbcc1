import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { recordEvent, recordEvents, type NewEvent } from "../src/events";

const OUTBOX = `CREATE TABLE outbox_event (
  id BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE, type TEXT NOT NULL, aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL, actor_id TEXT NOT NULL, data JSONB NOT NULL,
  occurred_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3),
  aggregate_version INTEGER, changed_fields JSONB);
CREATE TABLE aggregate_version (aggregate_type TEXT, aggregate_id TEXT, version INTEGER NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id))`;

const TEAM = "0c000000-0000-4000-8000-0000000000aa";
const memberAdded = (aggregateId: string, index: number): NewEvent => ({
  type: "team.member_added",
  aggregateType: "Team",
  aggregateId,
  actorId: `p${index}`,
  data: {
    teamId: TEAM,
    professionalId: `0b000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    organizationId: "0a000000-0000-4000-8000-0000000000aa",
    role: "member",
    since: "2026-01-01",
    until: null,
  },
});

/** What the relay publishes from each row, in outbox order (the event ids are random in both). */
const outbox = (testDb: TestDatabase) =>
  testDb.database.sql.query(
    `SELECT type, aggregate_type, aggregate_id, actor_id, data, aggregate_version, changed_fields FROM outbox_event ORDER BY id`,
  );

describe("recordEvents", () => {
  let one: TestDatabase;
  let batched: TestDatabase;

  beforeEach(async () => {
    [one, batched] = await Promise.all([createTestDatabase("record_event"), createTestDatabase("record_events")]);
    await Promise.all([one.database.sql.exec(OUTBOX), batched.database.sql.exec(OUTBOX)]);
  });
  afterEach(async () => {
    await Promise.all([one.drop(), batched.drop()]);
  });

  it("writes the rows recordEvent writes one by one: versions per aggregate in the order given, outbox in that order", async () => {
    // Team b already has two versions; a, b and c are then named interleaved, b three times.
    const earlier = [memberAdded("b", 0), memberAdded("b", 1)];
    const batch = [
      memberAdded("b", 2),
      memberAdded("a", 3),
      memberAdded("b", 4),
      memberAdded("c", 5),
      memberAdded("a", 6),
      memberAdded("b", 7),
    ];
    await one.database.sql.transaction(async (tx) => {
      for (const event of [...earlier, ...batch]) await recordEvent(tx, event);
    });
    const ids = await batched.database.sql.transaction(async (tx) => {
      for (const event of earlier) await recordEvent(tx, event);
      return recordEvents(tx, batch);
    });
    const rows = await outbox(batched);
    expect(rows).toEqual(await outbox(one));
    expect(rows.slice(2).map((row) => `${row["aggregate_id"]}${row["aggregate_version"]}`)).toEqual([
      "b3",
      "a1",
      "b4",
      "c1",
      "a2",
      "b5",
    ]);
    expect(await batched.database.sql.query(`SELECT event_id::text AS event FROM outbox_event WHERE id > 2 ORDER BY id`)).toEqual(
      ids.map((event) => ({ event })),
    );
    expect(await batched.database.sql.query(`SELECT aggregate_id, version FROM aggregate_version ORDER BY aggregate_id`)).toEqual(
      [
        { aggregate_id: "a", version: 2 },
        { aggregate_id: "b", version: 5 },
        { aggregate_id: "c", version: 1 },
      ],
    );
  });

  it("checks every event before writing any: one with personal data refuses the batch", async () => {
    const withName = { ...memberAdded("d", 9), data: { ...memberAdded("d", 9).data, lastName: "Virtanen" } };
    // Outside a transaction, so that a statement run before the check would stay written.
    const sql = batched.database.sql;
    await expect(recordEvents(sql, [memberAdded("a", 1), withName])).rejects.toThrow(/personal data \(lastName\)/);
    await expect(recordEvents(sql, [memberAdded("a", 1), memberAdded("a", -1)])).rejects.toThrow(/refused: data\.professionalId/);
    expect(await outbox(batched)).toHaveLength(0);
    expect(await sql.query(`SELECT 1 FROM aggregate_version`)).toHaveLength(0);
  });

  it("writes nothing for no events", async () => {
    expect(await batched.database.sql.transaction((tx) => recordEvents(tx, []))).toEqual([]);
    expect(await batched.database.sql.query(`SELECT 1 FROM aggregate_version`)).toHaveLength(0);
  });
});
