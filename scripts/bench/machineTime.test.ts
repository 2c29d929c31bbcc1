import { percent } from "./latency";
import { machineShares, machineTimeNow } from "./machineTime";

describe("the machine's CPU time, from /proc/stat", () => {
  const stat = (user: number, idle: number, steal: number) =>
    `cpu  ${user} 0 100 ${idle} 10 0 20 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 12345\n`;

  it("sums every core's ticks from the first line, idle with I/O wait, steal apart", () => {
    expect(machineTimeNow(() => stat(1000, 5000, 70))).toEqual({
      total: 1000 + 100 + 5000 + 10 + 20 + 70,
      idle: 5010,
      steal: 70,
    });
  });

  it("gives the idle and stolen shares of a phase's core time", () => {
    const before = machineTimeNow(() => stat(1000, 5000, 70))!;
    const after = machineTimeNow(() => stat(1700, 5100, 270))!;
    // 1,000 ticks passed: 700 user, 100 idle, 200 stolen.
    expect(machineShares(before, after)).toEqual({ idle: 0.1, steal: 0.2 });
    expect(percent(0.2)).toBe("20 %");
    expect(machineShares(after, after)).toBeUndefined();
  });

  it("is undefined where /proc/stat cannot be read or is not what it expects", () => {
    expect(
      machineTimeNow(() => {
        throw new Error("ENOENT");
      }),
    ).toBeUndefined();
    expect(machineTimeNow(() => "intr 1 2 3\n")).toBeUndefined();
    expect(machineTimeNow(() => "cpu  1 2 3\n")).toBeUndefined();
  });

  it("reads this machine's, when it is Linux", () => {
    const now = machineTimeNow();
    if (process.platform !== "linux") return expect(now).toBeUndefined();
    expect(now!.total).toBeGreaterThan(now!.idle + now!.steal);
  });
});
