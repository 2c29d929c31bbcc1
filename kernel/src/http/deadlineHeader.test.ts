import { budgetFromHeader, deadlineForCall } from "./deadlineHeader";

describe("the deadline a gateway announces for a subgraph call", () => {
  it("keeps a fifth of the wait back for the answer's way back, at least 50 ms and at most 500 ms", () => {
    expect(deadlineForCall(5_000)).toBe(4_500);
    expect(deadlineForCall(10_000)).toBe(9_500);
    expect(deadlineForCall(1_000)).toBe(800);
    expect(deadlineForCall(100)).toBe(50);
    expect(deadlineForCall(10)).toBe(0);
  });

  it("is a whole number of milliseconds, never negative", () => {
    expect(deadlineForCall(1_234.9)).toBe(987);
    expect(deadlineForCall(0)).toBe(0);
    expect(deadlineForCall(-50)).toBe(0);
  });
});

describe("the budget a subgraph grants a request", () => {
  it("takes the gateway's announced deadline when it is shorter than the subgraph's maximum", () => {
    expect(budgetFromHeader("900", 5_000)).toBe(900);
    expect(budgetFromHeader(" 0 ", 5_000)).toBe(0);
  });

  it("never lets the header lengthen the subgraph's maximum", () => {
    expect(budgetFromHeader("600000", 5_000)).toBe(5_000);
    expect(budgetFromHeader("999999999", 5_000)).toBe(5_000);
  });

  it("falls back to the maximum for a missing, repeated or malformed header", () => {
    for (const header of [undefined, "", "-1", "1e9", "12.5", "0x10", "Infinity", "1234567890", ["100", "200"]]) {
      expect({ header, budget: budgetFromHeader(header, 5_000) }).toEqual({ header, budget: 5_000 });
    }
  });
});
