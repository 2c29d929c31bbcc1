import { randomUUID } from "node:crypto";
import { DataCategory } from "@silta/kernel";
import { professional } from "@silta/testkit";
import type { PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import type { CheckpointHead } from "../src/audit/checkpoint";
import type { AccessWorld } from "./accessWorld";

/**
 * A log to verify, `seals` seals long: each time the world's social worker reads every client's basic
 * data (one entry a client) and the sealer seals it, so each seal holds one entry a client. The
 * entries are written at `at` (ISO) when given, as if read then.
 */
export async function readAndSeal(prisma: PrismaClient, world: AccessWorld, seals: number, at?: string): Promise<void> {
  const service = new AccessService({ prisma, timeZone: "Europe/Helsinki", ...(at ? { now: () => new Date(at) } : {}) });
  for (let seal = 0; seal < seals; seal += 1) {
    await service.decideAndLog(
      professional(world.county, { id: world.socialWorker }),
      world.clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const })),
      { requestId: randomUUID(), source: "clients" },
    );
    await sealAccessLog(prisma, { wait: true });
  }
}

/** The checkpoint a walk of the whole log writes, now: the log must be intact. */
export async function checkpointOfWholeWalk(prisma: PrismaClient): Promise<CheckpointHead> {
  const whole = await verifyAccessLog(prisma);
  if (!whole.ok) throw new Error(`the log to checkpoint is broken: ${whole.reason}`);
  return { ...whole.head, entries: whole.entries, at: new Date().toISOString() };
}
