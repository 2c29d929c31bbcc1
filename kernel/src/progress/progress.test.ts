import { startProgress, type ProgressStream } from "./progress";

function recorder(isTTY: boolean): ProgressStream & { text: string } {
  const stream = { isTTY, text: "", write: (chunk: string) => void (stream.text += chunk) };
  return stream;
}

describe("startProgress", () => {
  it("redraws one terminal line with the count, the rate and the time left, at most once per interval", () => {
    let clock = 0;
    const stream = recorder(true);
    const progress = startProgress({
      label: "importing",
      unit: "rows",
      total: 20_000,
      stream,
      intervalMs: 250,
      now: () => clock,
    });
    clock = 2_000;
    progress.update(5_000);
    clock = 2_100;
    progress.update(6_000); // within the interval: not drawn
    expect(stream.text).toBe("\r\x1b[2Kimporting: 5,000 / 20,000 rows, 2,500 rows/s, 6.0 s left");
    clock = 8_000;
    progress.finish(20_000);
    expect(stream.text.endsWith("\r\x1b[2Kimporting: 20,000 rows in 8.0 s\n")).toBe(true);
  });

  it("estimates the time left from the fraction done when the total is not known in the unit", () => {
    let clock = 0;
    const stream = recorder(true);
    const progress = startProgress({ label: "importing", unit: "rows", stream, now: () => clock });
    clock = 10_000;
    progress.update(1_000, 0.25);
    expect(stream.text).toContain("1,000 rows, 100 rows/s, 30 s left");
  });

  it("draws nothing off a terminal and writes one JSON line when the phase ends", () => {
    let clock = 0;
    const stream = recorder(false);
    const progress = startProgress({ label: "export", unit: "rows", stream, now: () => clock });
    progress.update(10);
    clock = 4_000;
    progress.finish(1_000);
    progress.finish(1_000);
    expect(
      stream.text
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([{ phase: "export", rows: 1_000, seconds: 4, perSecond: 250 }]);
  });
});
