import { sideBySideLines } from "./sideBySide";

describe("the side-by-side block", () => {
  const round = (teams: number, postgres: number, p95: number, steal?: number) => ({
    cpu: { byProcess: new Map([["teams", teams]]), postgres, ...(steal === undefined ? {} : { machine: { idle: 0.02, steal } }) },
    p95,
    failed: 0,
  });

  it("prints each round's CPU per request, p95 and ratio, with the host's steal of both phases when it was read", () => {
    const lines = sideBySideLines(
      "caseload",
      [{ label: "this" }, { label: "baseline" }],
      [
        [round(800, 200, 90, 0.03), round(900, 300, 95, 0.21)],
        [round(1000, 200, 100, 0.04), round(1100, 300, 120, 0.19)],
      ],
      { connections: 8, requests: 100 },
    );
    expect(lines[1]).toBe(
      "  round 1: this 10.0 ms, p95 90 ms; baseline 12.0 ms, p95 100 ms; baseline ÷ this ×1.20; stolen by the host 3 % and 4 %",
    );
    expect(lines[2]).toBe(
      "  round 2: this 12.0 ms, p95 95 ms; baseline 14.0 ms, p95 120 ms; baseline ÷ this ×1.17; stolen by the host 21 % and 19 %",
    );
    expect(lines.at(-1)).toBe("  baseline ÷ this, CPU per request: median of rounds ×1.17 (×1.17–×1.20)");
  });

  it("leaves the steal out when a phase did not read it", () => {
    const lines = sideBySideLines(
      "caseload",
      [{ label: "this" }, { label: "baseline" }],
      [[round(800, 200, 90)], [round(1000, 200, 100, 0.04)]],
      {
        connections: 8,
        requests: 100,
      },
    );
    expect(lines[1]).toBe("  round 1: this 10.0 ms, p95 90 ms; baseline 12.0 ms, p95 100 ms; baseline ÷ this ×1.20");
  });
});
