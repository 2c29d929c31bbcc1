import { visiblePage } from "./visiblePage";

/** A list of numbers 1..n where only `visible` may be seen; records which rows were decided. */
function listOf(n: number, visible: Set<number>) {
  const decided: number[] = [];
  const rows = Array.from({ length: n }, (_, index) => index + 1);
  return {
    decided,
    source: (limit: number, maxExamined = 1000) => ({
      limit,
      maxExamined,
      fetch: async (after: number | null, size: number) => rows.filter((row) => row > (after ?? 0)).slice(0, size),
      positionOf: (row: number) => row,
      visible: async (window: number[]) => {
        decided.push(...window);
        return window.filter((row) => visible.has(row));
      },
    }),
  };
}

describe("visiblePage", () => {
  it("fills the page with visible rows only, past hidden ones, and knows whether another visible row follows", async () => {
    const list = listOf(40, new Set([4, 6, 30]));
    expect(await visiblePage(list.source(2), null)).toEqual({ rows: [4, 6], hasNextPage: true, truncated: false });
    expect(await visiblePage(list.source(2), 6)).toEqual({ rows: [30], hasNextPage: false, truncated: false });
  });

  it("decides no more than twice the rows needed to find the page and one more visible row", async () => {
    const list = listOf(100, new Set([4, 6]));
    await visiblePage(list.source(1), null);
    expect(Math.max(...list.decided)).toBeLessThanOrEqual(12);
    expect(new Set(list.decided).size).toBe(list.decided.length);
  });

  it("stops at the examination bound and says so, rather than reading the whole list", async () => {
    const list = listOf(5000, new Set([2, 4000]));
    expect(await visiblePage(list.source(2, 100), null)).toEqual({ rows: [2], hasNextPage: false, truncated: true });
    expect(list.decided.length).toBe(100);
  });

  it("answers an empty page for an empty or wholly hidden list", async () => {
    expect(await visiblePage(listOf(0, new Set()).source(3), null)).toEqual({ rows: [], hasNextPage: false, truncated: false });
    expect(await visiblePage(listOf(7, new Set()).source(3), null)).toEqual({ rows: [], hasNextPage: false, truncated: false });
  });
});
