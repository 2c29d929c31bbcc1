import { column, defineDataset } from "./Dataset";
import { datasetQuery } from "./datasetQuery";

const dataset = defineDataset({
  name: "things",
  subgraph: "test",
  description: "Things.",
  table: "thing",
  alias: "t",
  where: "t.kind = 'A'",
  orderBy: "t.id",
  category: null,
  columns: [
    column("thing_id", "text", "Id.", "t.id"),
    column("on", "date", "Day.", "t.on"),
    column("at", "timestamp", "Instant.", "t.at"),
  ],
});

describe("datasetQuery", () => {
  it("formats dates and instants in SQL, as ISO 8601 in UTC", () => {
    const sql = datasetQuery(dataset);
    expect(sql).toContain(`to_char((t.on), 'YYYY-MM-DD') AS c1`);
    expect(sql).toContain(`to_char((t.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS c2`);
    expect(sql).not.toContain("change_xid");
  });

  it("keeps for an increment only the rows whose writer the previous snapshot did not see", () => {
    const sql = datasetQuery(dataset, "100:120:105,110");
    expect(sql).toContain("t.change_xid >= '100'::xid8");
    expect(sql).toContain("NOT pg_visible_in_snapshot(t.change_xid, '100:120:105,110'::pg_snapshot)");
    expect(sql).toContain("(t.kind = 'A')");
  });

  it("refuses anything but a snapshot as since", () => {
    expect(() => datasetQuery(dataset, "1:2:3'); DROP TABLE thing; --")).toThrow();
  });

  it("refuses a dataset with a column named twice or not in snake_case", () => {
    expect(() => defineDataset({ ...dataset, columns: [column("Thing", "text", "x", "t.x")] })).toThrow(/snake_case/);
    expect(() => defineDataset({ ...dataset, columns: [column("a", "text", "x"), column("a", "text", "y")] })).toThrow(/twice/);
  });
});
