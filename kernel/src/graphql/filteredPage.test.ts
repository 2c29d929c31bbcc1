import type { ListRow } from "../access/visibleClients";
import { filteredPage, standInId } from "./filteredPage";

/**
 * A list of client ids c1..cn where `visible` may be seen by the rules; `narrowed` records the ids
 * of each call, `decided` the ones each call logged (the first `logFirst` visible).
 */
function listOf(n: number, visible: Set<number>) {
  const decided: string[][] = [];
  const narrowed: string[][] = [];
  const fetched: number[] = [];
  const ids = Array.from({ length: n }, (_, index) => `c${String(index + 1).padStart(4, "0")}`);
  const number = (id: string) => Number(id.slice(1));
  return {
    decided,
    narrowed,
    fetched,
    source: (limit: number, window = 100) => ({
      limit,
      window,
      fetch: async (after: string | null, size: number) => {
        fetched.push(size);
        return ids.filter((id) => after === null || id > after).slice(0, size);
      },
      positionOf: (id: string) => id,
      clientsOf: (id: string) => ({ clientIds: [id] }),
      standInId: "stand-in",
      visibleAmong: async (rows: ListRow[], logFirst: number) => {
        const asked = rows.map((row) => row.clientIds[0]!);
        narrowed.push(asked);
        const seen = asked.filter((id) => visible.has(number(id)));
        if (logFirst > 0 && seen.length) decided.push(seen.slice(0, logFirst));
        return asked.map((id) => visible.has(number(id)));
      },
    }),
  };
}

describe("filteredPage", () => {
  it("fills the page with visible rows only, past hidden ones, and decides only the page's rows", async () => {
    const list = listOf(40, new Set([4, 6, 30]));
    expect(await filteredPage(list.source(2), null)).toEqual({ rows: ["c0004", "c0006"], hasNextPage: true, truncated: false });
    expect(list.decided).toEqual([["c0004", "c0006"]]);
    expect(await filteredPage(list.source(2), "c0006")).toEqual({ rows: ["c0030"], hasNextPage: false, truncated: false });
    expect(list.decided.at(-1)).toEqual(["c0030"]);
  });

  it("does the same work whether the window holds hidden rows or nothing at all", async () => {
    const crowded = listOf(50, new Set());
    const empty = listOf(0, new Set());
    for (const list of [crowded, empty]) {
      expect(await filteredPage(list.source(5), null)).toEqual({ rows: [], hasNextPage: false, truncated: false });
      expect(list.decided).toEqual([]);
      expect(list.narrowed).toHaveLength(1);
      expect(list.fetched).toEqual([100]);
    }
    // An empty window asks about an id nobody has, as a window of hidden rows asks about them.
    expect(empty.narrowed).toEqual([["stand-in"]]);
  });

  it("says the page is truncated when a full window held too few visible rows", async () => {
    const list = listOf(300, new Set([3, 250]));
    expect(await filteredPage(list.source(2, 100), null)).toEqual({ rows: ["c0003"], hasNextPage: false, truncated: true });
  });

  it("reads and decides the whole window in one statement and one call, however many of its rows are hidden", async () => {
    const allVisible = listOf(300, new Set(Array.from({ length: 300 }, (_, index) => index + 1)));
    const mostlyHidden = listOf(300, new Set([1, 50, 60, 70]));
    const pages = [];
    for (const list of [allVisible, mostlyHidden]) {
      pages.push(await filteredPage(list.source(2, 100), null));
      expect(list.fetched).toEqual([100]);
      expect(list.narrowed).toHaveLength(1);
      expect(list.narrowed[0]).toHaveLength(100);
      // Only the page is logged, and only by the one call.
      expect(list.decided).toHaveLength(1);
      expect(list.decided[0]).toHaveLength(2);
    }
    expect(pages).toEqual([
      { rows: ["c0001", "c0002"], hasNextPage: true, truncated: false },
      { rows: ["c0001", "c0050"], hasNextPage: true, truncated: false },
    ]);
  });

  it("shows a row of several clients only when all are visible, and asks nothing about a row nobody may see", async () => {
    type Row = { id: string; clients: string[] | null };
    const rows: Row[] = [
      { id: "family of c1 and c2", clients: ["c1", "c2"] },
      { id: "family of c1 and c3", clients: ["c1", "c3"] },
      { id: "hidden from this viewer", clients: null },
      { id: "family of nobody", clients: [] },
      { id: "c2 alone", clients: ["c2"] },
    ];
    const asked: ListRow[][] = [];
    const logged: number[] = [];
    const visible = new Set(["c1", "c2"]);
    const page = await filteredPage<Row, string>(
      {
        limit: 2,
        window: 10,
        fetch: async (after, size) => (after === null ? rows.slice(0, size) : []),
        positionOf: (row) => row.id,
        clientsOf: (row) => (row.clients ? { clientIds: row.clients, serviceTask: "child_protection" } : null),
        standInId: "stand-in",
        visibleAmong: async (window, logFirst) => {
          asked.push(window);
          logged.push(logFirst);
          return window.map((row) => row.clientIds.every((id) => visible.has(id)));
        },
      },
      null,
    );
    expect(page).toEqual({ rows: [rows[0], rows[3]], hasNextPage: true, truncated: false });
    expect(asked).toEqual([[0, 1, 3, 4].map((index) => ({ clientIds: rows[index]!.clients, serviceTask: "child_protection" }))]);
    expect(logged).toEqual([2]);
  });

  it("asks about a stand-in id when the window holds no row to ask about", async () => {
    const asked: ListRow[][] = [];
    await filteredPage<string, string>(
      {
        limit: 2,
        window: 10,
        fetch: async () => ["hidden"],
        positionOf: (row) => row,
        clientsOf: () => null,
        standInId: standInId("a list"),
        visibleAmong: async (window) => (asked.push(window), window.map(() => false)),
      },
      null,
    );
    expect(asked).toEqual([[{ clientIds: [standInId("a list")] }]]);
    expect(standInId("a list")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(standInId("a list")).not.toEqual(standInId("another list"));
  });
});
