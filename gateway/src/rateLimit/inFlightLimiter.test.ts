import { InFlightLimiter } from "./inFlightLimiter";

describe("InFlightLimiter", () => {
  it("gives each client its own slots, and a released slot can be taken again", () => {
    const limiter = new InFlightLimiter(2);
    const first = limiter.tryAcquire("a")!;
    expect(limiter.tryAcquire("a")).toBeDefined();
    expect(limiter.tryAcquire("a")).toBeUndefined();
    expect(limiter.tryAcquire("b")).toBeDefined();
    first();
    first();
    expect(limiter.tryAcquire("a")).toBeDefined();
    expect(limiter.tryAcquire("a")).toBeUndefined();
  });

  it("never refuses when off", () => {
    const limiter = new InFlightLimiter(0);
    for (let index = 0; index < 100; index += 1) expect(limiter.tryAcquire("a")).toBeDefined();
  });
});
