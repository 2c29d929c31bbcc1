import { RequestDeadline, currentDeadline, runWithDeadline } from "./requestDeadline";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("RequestDeadline", () => {
  it("expires when its budget has passed, by the clock even before its timer had a chance to fire", () => {
    const deadline = new RequestDeadline(20);
    expect(deadline.expired()).toBeUndefined();
    const until = performance.now() + 30;
    while (performance.now() < until); // the event loop is held, as a PGlite statement holds it
    expect(deadline.expired()).toBe("deadline");
    expect(deadline.signal.aborted).toBe(false);
    deadline.finish();
  });

  it("aborts its signal at the deadline, with the reason", async () => {
    const deadline = new RequestDeadline(10);
    await sleep(30);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe("deadline");
  });

  it("aborts at once when the caller hangs up", () => {
    const deadline = new RequestDeadline(60_000);
    deadline.abort("disconnected");
    expect(deadline.expired()).toBe("disconnected");
    expect(deadline.signal.reason).toBe("disconnected");
    deadline.finish();
  });

  it("no longer expires or aborts once the request was answered", async () => {
    const deadline = new RequestDeadline(10);
    deadline.finish();
    await sleep(30);
    deadline.abort("disconnected");
    expect(deadline.expired()).toBeUndefined();
    expect(deadline.signal.aborted).toBe(false);
  });

  it("is the current deadline of everything its request runs, however deep", async () => {
    const deadline = new RequestDeadline(1_000);
    const seen = await runWithDeadline(deadline, async () => {
      await sleep(1);
      return new Promise((resolve) => setImmediate(() => resolve(currentDeadline())));
    });
    expect(seen).toBe(deadline);
    expect(currentDeadline()).toBeUndefined();
    deadline.finish();
  });
});
