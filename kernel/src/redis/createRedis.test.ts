import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";
import { createLogger } from "../log/createLogger";
import { logConnectionChanges } from "./createRedis";

describe("logConnectionChanges", () => {
  it("logs a lost connection once, however many reconnection attempts fail, and its return once", () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({
      service: "test",
      level: "info",
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const connection = new EventEmitter();
    logConnectionChanges(connection as unknown as Redis, "silta-clients", log);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" });
    for (let attempt = 0; attempt < 50; attempt += 1) connection.emit("error", refused);
    connection.emit("ready");
    connection.emit("ready");
    connection.emit("error", refused);
    expect(lines.map(({ level, msg, redis }) => ({ level, msg, redis }))).toEqual([
      { level: "warn", msg: "Redis connection lost; reconnecting in the background", redis: "silta-clients" },
      { level: "info", msg: "Redis connection is back", redis: "silta-clients" },
      { level: "warn", msg: "Redis connection lost; reconnecting in the background", redis: "silta-clients" },
    ]);
    expect(lines[0]!["err"]).toEqual({ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:6379" });
  });
});
