import { DataCategory } from "@silta/kernel";
import { distinct, DistinctReads } from "./distinctReads";

describe("the distinct reads of a list's call", () => {
  it("are one object per client, category and service task, in the order first named", () => {
    const table = new DistinctReads();
    const basic = table.readOf("c1", DataCategory.Basic);
    expect(table.readOf("c1", DataCategory.Basic)).toBe(basic);
    expect(table.readOf("c1", DataCategory.Basic, null)).toBe(basic);
    expect(table.readOf("c1", DataCategory.Basic, "")).toBe(basic);
    const task = table.readOf("c1", DataCategory.Basic, "child_welfare");
    expect(task).not.toBe(basic);
    expect(table.readOf("c1", DataCategory.Fit)).not.toBe(basic);
    expect(table.readOf("c2", DataCategory.Basic)).not.toBe(basic);
    expect(table.all().map((read) => read.request)).toEqual([
      { clientId: "c1", category: DataCategory.Basic, action: "read" },
      { clientId: "c1", category: DataCategory.Basic, action: "read", serviceTask: "child_welfare" },
      { clientId: "c1", category: DataCategory.Fit, action: "read" },
      { clientId: "c2", category: DataCategory.Basic, action: "read" },
    ]);
  });

  it("forget their decisions when the batch is decided again", () => {
    const table = new DistinctReads();
    const read = table.readOf("c1", DataCategory.Team);
    read.decision = { allowed: true, basis: "client_relationship" };
    table.undecide();
    expect(read.decision).toBeUndefined();
  });

  it("are listed once each, in the order first met", () => {
    const table = new DistinctReads();
    const [a, b] = [table.readOf("a", DataCategory.Basic), table.readOf("b", DataCategory.Basic)];
    expect(distinct([b, a, b, a])).toEqual([b, a]);
  });
});
