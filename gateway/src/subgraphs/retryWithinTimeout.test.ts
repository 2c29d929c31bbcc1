import { retryWithinTimeout } from "./retryWithinTimeout";
import { SubgraphCallError } from "./subgraphCallError";

const unreachable = () => new SubgraphCallError("unreachable", "ECONNREFUSED", true);

describe("retryWithinTimeout", () => {
  it("retries a retryable failure up to the retries allowed, then throws it", async () => {
    const attempt = jest.fn().mockRejectedValue(unreachable());
    await expect(
      retryWithinTimeout({ timeoutMs: 10_000, retries: 2, started: performance.now() }, attempt),
    ).rejects.toMatchObject({ reason: "unreachable" });
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it("answers with the first attempt that succeeds", async () => {
    const attempt = jest.fn().mockRejectedValueOnce(unreachable()).mockResolvedValue("answer");
    await expect(retryWithinTimeout({ timeoutMs: 10_000, retries: 2, started: performance.now() }, attempt)).resolves.toBe(
      "answer",
    );
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it("never repeats a call with no retries (a mutation) or a failure that is not retryable", async () => {
    const once = jest.fn().mockRejectedValue(unreachable());
    await expect(retryWithinTimeout({ timeoutMs: 10_000, retries: 0, started: performance.now() }, once)).rejects.toThrow();
    expect(once).toHaveBeenCalledTimes(1);
    const final = jest.fn().mockRejectedValue(new SubgraphCallError("http", "HTTP 500", false, 500));
    await expect(retryWithinTimeout({ timeoutMs: 10_000, retries: 2, started: performance.now() }, final)).rejects.toThrow();
    expect(final).toHaveBeenCalledTimes(1);
  });

  it("gives each attempt only the time left, and times out without an attempt once none is", async () => {
    const started = performance.now() - 400;
    const remaining: number[] = [];
    await retryWithinTimeout({ timeoutMs: 1_000, retries: 0, started }, (left) => Promise.resolve(remaining.push(left)));
    expect(remaining[0]).toBeLessThanOrEqual(600);
    const attempt = jest.fn();
    await expect(retryWithinTimeout({ timeoutMs: 1_000, retries: 2, started: started - 1_000 }, attempt)).rejects.toMatchObject({
      reason: "timeout",
      message: "no answer within 1000 ms",
    });
    expect(attempt).not.toHaveBeenCalled();
  });
});
