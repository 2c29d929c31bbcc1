import { VerifiedTokens } from "./verifiedTokens";

describe("VerifiedTokens", () => {
  it("remembers a token for the TTL, then forgets it", () => {
    let clock = 0;
    const tokens = new VerifiedTokens(1_000, 10, () => clock);
    tokens.add("a.b.c");
    clock = 999;
    expect(tokens.has("a.b.c")).toBe(true);
    expect(tokens.has("a.b.d")).toBe(false);
    clock = 1_000;
    expect(tokens.has("a.b.c")).toBe(false);
    expect(tokens.size).toBe(0);
  });

  it("holds at most its limit, forgetting the token checked longest ago; a token checked again is the newest", () => {
    let clock = 0;
    const tokens = new VerifiedTokens(60_000, 3, () => clock);
    for (const token of ["t1", "t2", "t3"]) {
      tokens.add(token);
      clock += 1;
    }
    tokens.add("t1");
    tokens.add("t4");
    expect(tokens.size).toBe(3);
    expect(["t1", "t2", "t3", "t4"].filter((token) => tokens.has(token))).toEqual(["t1", "t3", "t4"]);
  });
});
