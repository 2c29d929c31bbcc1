import { retryOnceOnUniqueViolation } from "./retryOnceOnUniqueViolation";

describe("retryOnceOnUniqueViolation", () => {
  it("runs a write once more after a unique violation, so the loser of a race answers like a retry", async () => {
    let calls = 0;
    const result = await retryOnceOnUniqueViolation(async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error("unique"), { code: "P2002" });
      return "stored";
    });
    expect(result).toBe("stored");
    expect(calls).toBe(2);
  });

  it("passes any other error on without a retry", async () => {
    let calls = 0;
    const failing = retryOnceOnUniqueViolation(async () => {
      calls += 1;
      throw Object.assign(new Error("foreign key"), { code: "P2003" });
    });
    await expect(failing).rejects.toThrow("foreign key");
    expect(calls).toBe(1);
  });

  it("passes a second unique violation on: the retry runs once, not in a loop", async () => {
    let calls = 0;
    const failing = retryOnceOnUniqueViolation(async () => {
      calls += 1;
      throw Object.assign(new Error("unique"), { code: "P2002" });
    });
    await expect(failing).rejects.toThrow("unique");
    expect(calls).toBe(2);
  });
});
