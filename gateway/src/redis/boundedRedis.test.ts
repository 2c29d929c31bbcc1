import type { Redis } from "ioredis";
import { createLogger } from "@silta/kernel";
import { BoundedRedis } from "./boundedRedis";

/** Just enough of a connection: its status and a command that answers when told to. */
function fakeRedis(status = "ready") {
  return { status } as unknown as Redis;
}

function bounded(redis: Redis | undefined) {
  let now = 0;
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    service: "test",
    level: "info",
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const guard = new BoundedRedis({ redis, timeoutMs: 20, retryAfterMs: 1_000, log, now: () => now });
  return { guard, lines, advance: (ms: number) => (now += ms) };
}

const never = () => new Promise<string>(() => undefined);

describe("BoundedRedis", () => {
  it("answers the command's value while Redis answers in time", async () => {
    const { guard } = bounded(fakeRedis());
    expect(await guard.call("test", async () => "PONG")).toEqual({ value: "PONG" });
    expect(guard.state).toBe("ok");
  });

  it("gives up after the timeout on a command that never answers, and says Redis is degraded", async () => {
    const { guard, lines } = bounded(fakeRedis());
    const started = performance.now();
    expect(await guard.call("rate limit", never)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(guard.state).toBe("degraded");
    expect(lines).toEqual([expect.objectContaining({ level: "warn", redis: "degraded", purpose: "rate limit" })]);
  });

  it("skips Redis for a while after a failure, then tries again and logs the recovery once", async () => {
    const { guard, lines, advance } = bounded(fakeRedis());
    await guard.call("test", async () => Promise.reject(new Error("READONLY")));
    let called = false;
    expect(
      await guard.call("test", async () => {
        called = true;
        return "x";
      }),
    ).toBeUndefined();
    expect(called).toBe(false);
    await guard.call("test", async () => Promise.reject(new Error("again")));
    advance(1_000);
    expect(await guard.call("test", async () => "back")).toEqual({ value: "back" });
    expect(guard.state).toBe("ok");
    expect(lines.map((line) => line["redis"])).toEqual(["degraded", "ok"]);
  });

  it("takes the fallback at once when there is no Redis or its connection is not ready", async () => {
    expect(await bounded(undefined).guard.call("test", async () => "x")).toBeUndefined();
    expect(bounded(undefined).guard.state).toBe("absent");
    const reconnecting = bounded(fakeRedis("reconnecting"));
    expect(await reconnecting.guard.call("test", async () => "x")).toBeUndefined();
    expect(reconnecting.guard.state).toBe("degraded");
  });
});
