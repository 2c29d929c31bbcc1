import type { Logger, Viewer } from "@silta/kernel";
import { BoundedRedis } from "../redis/boundedRedis";
import { InFlightLimiter } from "./inFlightLimiter";
import { RateLimiter } from "./rateLimiter";
import { RATE_LIMITED } from "./rateLimitRefusal";
import { clientOf, inFlightStep, rateLimitStep } from "./rateLimitStep";

const log = { info: jest.fn(), warn: jest.fn() } as unknown as Logger;
const viewer: Viewer = { id: "p1", kind: "professional", roles: [], scopes: [] };
// No Redis: the counters live in this process, as in the embedded hub.
const limiter = (requests: number) =>
  new RateLimiter({ requests, windowSeconds: 60, redis: new BoundedRedis({ timeoutMs: 50, log }), keyPrefix: "t" });

describe("rateLimitStep", () => {
  it("lets a viewer's requests through up to the limit, then refuses with 429 and Retry-After", async () => {
    const step = rateLimitStep(limiter(2), undefined);
    await step(viewer, "r1", log);
    await step(viewer, "r2", log);
    const refused = await step(viewer, "r3", log).catch((error: unknown) => error);
    expect(refused).toMatchObject({ extensions: { code: RATE_LIMITED, requestId: "r3", http: { status: 429 } } });
  });

  it("counts each viewer apart, by kind and id", async () => {
    const step = rateLimitStep(limiter(1), undefined);
    await step(viewer, "r1", log);
    await expect(step({ ...viewer, kind: "client" }, "r2", log)).resolves.toBeUndefined();
    expect(clientOf(viewer)).toBe("professional:p1");
  });

  it("does nothing when rate limiting is off", async () => {
    const step = rateLimitStep(limiter(0), undefined);
    for (let i = 0; i < 5; i += 1) await step(viewer, `r${i}`, log);
  });
});

describe("inFlightStep", () => {
  it("refuses a viewer's request past its in-flight bound until a slot is released", () => {
    const step = inFlightStep(new InFlightLimiter(1), 1, undefined);
    const release = step(viewer, "r1", log);
    expect(() => step(viewer, "r2", log)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: "in_flight" }) }),
    );
    release();
    expect(() => step(viewer, "r3", log)).not.toThrow();
  });
});
