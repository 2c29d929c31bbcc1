import { shareWhileRunning } from "./shareWhileRunning";

describe("shareWhileRunning", () => {
  const owner = {};

  it("answers identical requests made while the first is running with its one computation", async () => {
    let computed = 0;
    let finish!: (value: string) => void;
    const compute = () => {
      computed += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const first = shareWhileRunning(owner, "ORGANIZATION|2026-01-01|2026-12-31", compute);
    const second = shareWhileRunning(owner, "ORGANIZATION|2026-01-01|2026-12-31", compute);
    finish("report");
    expect(await Promise.all([first, second])).toEqual(["report", "report"]);
    expect(computed).toBe(1);
  });

  it("computes again once the answer is given, and computes other keys and owners on their own", async () => {
    let computed = 0;
    const compute = async () => (computed += 1);
    expect(await shareWhileRunning(owner, "TEAM|a", compute)).toBe(1);
    expect(await shareWhileRunning(owner, "TEAM|a", compute)).toBe(2);
    await Promise.all([shareWhileRunning(owner, "TEAM|b", compute), shareWhileRunning({}, "TEAM|b", compute)]);
    expect(computed).toBe(4);
  });

  it("gives every sharer the failure, and tries again on the next request", async () => {
    const failing = shareWhileRunning(owner, "UNIT|x", () => Promise.reject(new Error("statement timeout")));
    const sharing = shareWhileRunning(owner, "UNIT|x", async () => "never");
    await expect(failing).rejects.toThrow("statement timeout");
    await expect(sharing).rejects.toThrow("statement timeout");
    expect(await shareWhileRunning(owner, "UNIT|x", async () => "fresh")).toBe("fresh");
  });
});
