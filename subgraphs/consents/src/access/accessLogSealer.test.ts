import type { Logger } from "@silta/kernel";
import { Registry } from "prom-client";
import type { PrismaClient } from "../data/db";
import { AccessMetrics } from "./accessMetrics";
import { startAccessLogSealer, transactionsInFlight } from "./accessLogSealer";

describe("the transactions in flight at a seal's snapshot", () => {
  it("are the xip list of PostgreSQL's snapshot text, none when it is empty or there is no snapshot", () => {
    expect(transactionsInFlight("10:20:10,14,15")).toEqual(["10", "14", "15"]);
    expect(transactionsInFlight("18389:18389:")).toEqual([]);
    expect(transactionsInFlight(null)).toEqual([]);
  });

  it("refuse a snapshot that is not PostgreSQL's text, naming it", () => {
    for (const text of ["", "10:20", "10:20:10,", "10:20:x", "10:20:10;drop", " 10:20:"])
      expect(() => transactionsInFlight(text)).toThrow(`Not a pg_snapshot: ${JSON.stringify(text)}`);
  });
});

describe("the sealer's loop", () => {
  it("counts a turn that failed (the database down) and goes on to the next, logging each failure", async () => {
    const registry = new Registry();
    const warnings: string[] = [];
    let attempts = 0;
    const prisma = {
      $transaction: () => {
        attempts += 1;
        return Promise.reject(new Error("connection refused"));
      },
    } as unknown as PrismaClient;
    const log = { warn: (_fields: unknown, message: string) => void warnings.push(message) } as unknown as Logger;
    const sealer = startAccessLogSealer({ prisma, log, intervalMs: 10, metrics: new AccessMetrics(registry) });
    while (attempts < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await sealer.stop();
    const text = await registry.metrics();
    const failed = Number(/silta_access_log_seals_total\{outcome="failed"\} (\d+)/.exec(text)?.[1]);
    // Every turn of the loop counted; the last try at stop is logged, not counted as a turn.
    expect(failed).toBeGreaterThanOrEqual(3);
    expect(failed).toBeLessThanOrEqual(attempts);
    expect(warnings).toContain("access log could not be sealed");
    expect(text).not.toMatch(/silta_access_log_seals_total\{outcome="sealed"\} [1-9]/);
  });
});
