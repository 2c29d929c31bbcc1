import { badUserInput, recordEvent, type Viewer } from "@silta/kernel";
import { type IdempotencyClaim, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Client } from "./prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface MergeRequest {
  duplicateId: string;
  clientId: string;
  /** The controller organisation whose records the viewer keeps, or null for all (`registerKept`). */
  keptControllerOrganizationId: string | null;
}

export interface MergeResult {
  client: Client;
  mergedClientId: string;
}

/**
 * Folds a duplicate registration into the client on record, in one transaction: this subgraph's rows
 * of the duplicate move to the client on record (`repointClientRows`), the duplicate is marked
 * `merged_into` (answered as missing from then on, its row kept for the audit trail), and
 * `client.merged` tells the other subgraphs to move theirs. A pair that is not a duplicate of a client
 * the viewer keeps is refused alike whether the ids exist or not (the keeper learns nothing of
 * another controller's records); a duplicate merged already is refused as such.
 */
export async function mergeDuplicate(
  prisma: PrismaClient,
  request: MergeRequest,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<MergeResult> {
  const { duplicateId, clientId } = request;
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        // Both rows locked in id order, the order every merge takes: two merges of one pair at once
        // wait for each other, and the second sees the first's merged_into.
        const rows = await tx.$queryRaw<{ id: string; duplicate_of: string | null; merged_into: string | null }[]>`
          SELECT id, duplicate_of, merged_into FROM client
          WHERE id IN (${clientId}::uuid, ${duplicateId}::uuid) ORDER BY id FOR UPDATE`;
        const record = await tx.client.findUnique({ where: { id: clientId } });
        const duplicate = rows.find((row) => row.id === duplicateId);
        const kept =
          record !== null &&
          record.duplicateOfId === null &&
          record.mergedIntoId === null &&
          (request.keptControllerOrganizationId === null ||
            record.controllerOrganizationId === request.keptControllerOrganizationId);
        if (!kept || duplicateId === clientId || duplicate?.duplicate_of !== clientId)
          throw badUserInput(
            "input.duplicateId",
            "duplicate_of_client",
            "input.duplicateId is not a duplicate registration of input.clientId among the records you keep: take both ids from duplicateRegistrations.",
          );
        if (duplicate.merged_into)
          throw badUserInput("input.duplicateId", "not_merged", "This duplicate registration was merged already.");
        await repointClientRows(tx, duplicateId, clientId, viewer);
        await tx.client.update({ where: { id: duplicateId }, data: { mergedIntoId: clientId, mergedAt: new Date() } });
        await recordEvent(tx, {
          type: "client.merged",
          aggregateType: "Client",
          aggregateId: clientId,
          actorId: viewer.id,
          data: { clientId, mergedClientId: duplicateId },
        });
        return { client: record!, mergedClientId: duplicateId };
      },
      (result) => [result.client.id, result.mergedClientId],
    ),
  );
}

/**
 * This subgraph's rows of `from` re-pointed to `to`. Where both have a row that may exist once, the
 * client on record's wins, deterministically:
 *
 * - a family both belong to keeps the client on record's membership (and its relation);
 * - a guardianship between the two (which would make one their own guardian) is removed;
 * - concerns: the subject, the raiser and the attendees are re-pointed (an attendee listed twice once);
 * - a service plan each: the client on record's plan stays and takes the duplicate's agreements,
 *   reviews, history and goals not already in it (version + 1, one history row `merged`); otherwise the
 *   duplicate's plan becomes theirs;
 * - the responsible worker projected from teams: the client on record's stays, else the duplicate's
 *   moves (teams and the access projection apply the same rule on `client.merged`).
 */
async function repointClientRows(tx: Tx, from: string, to: string, viewer: Viewer): Promise<void> {
  await tx.$executeRaw`UPDATE client_relationship SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;

  await tx.$executeRaw`
    DELETE FROM family_member d WHERE d.client_id = ${from}::uuid
      AND EXISTS (SELECT 1 FROM family_member r WHERE r.family_id = d.family_id AND r.client_id = ${to}::uuid)`;
  await tx.$executeRaw`UPDATE family_member SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;

  await tx.$executeRaw`
    DELETE FROM guardianship WHERE (child_client_id = ${from}::uuid AND guardian_client_id = ${to}::uuid)
      OR (child_client_id = ${to}::uuid AND guardian_client_id = ${from}::uuid)`;
  await tx.$executeRaw`UPDATE guardianship SET child_client_id = ${to}::uuid WHERE child_client_id = ${from}::uuid`;
  await tx.$executeRaw`UPDATE guardianship SET guardian_client_id = ${to}::uuid WHERE guardian_client_id = ${from}::uuid`;

  await tx.$executeRaw`UPDATE concern SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
  await tx.$executeRaw`UPDATE concern SET raised_by_client_id = ${to}::uuid WHERE raised_by_client_id = ${from}::uuid`;
  await tx.$executeRaw`
    UPDATE concern SET attending_client_ids = CASE WHEN ${to}::uuid = ANY(attending_client_ids)
        THEN array_remove(attending_client_ids, ${from}::uuid)
        ELSE array_replace(attending_client_ids, ${from}::uuid, ${to}::uuid) END
    WHERE ${from}::uuid = ANY(attending_client_ids)`;
  await tx.$executeRaw`UPDATE agreement SET responsible_client_id = ${to}::uuid WHERE responsible_client_id = ${from}::uuid`;

  await mergeServicePlans(tx, from, to, viewer);

  await tx.$executeRaw`
    DELETE FROM responsible_worker WHERE client_id = ${from}::uuid
      AND EXISTS (SELECT 1 FROM responsible_worker WHERE client_id = ${to}::uuid)`;
  await tx.$executeRaw`UPDATE responsible_worker SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
}

async function mergeServicePlans(tx: Tx, from: string, to: string, viewer: Viewer): Promise<void> {
  const [duplicatePlan, recordPlan] = await Promise.all([
    tx.servicePlan.findUnique({ where: { clientId: from } }),
    tx.servicePlan.findUnique({ where: { clientId: to } }),
  ]);
  if (!duplicatePlan) return;
  if (!recordPlan) {
    await tx.servicePlan.update({ where: { id: duplicatePlan.id }, data: { clientId: to } });
    return;
  }
  const moved = { planId: recordPlan.id };
  await tx.agreement.updateMany({ where: { planId: duplicatePlan.id }, data: moved });
  await tx.planReview.updateMany({ where: { planId: duplicatePlan.id }, data: moved });
  await tx.planChange.updateMany({ where: { planId: duplicatePlan.id }, data: moved });
  const goals = [...recordPlan.goals, ...duplicatePlan.goals.filter((goal) => !recordPlan.goals.includes(goal))];
  await tx.servicePlan.update({ where: { id: recordPlan.id }, data: { goals, version: { increment: 1 } } });
  await tx.planChange.create({
    data: { planId: recordPlan.id, actorId: viewer.id, action: "merged", details: { mergedPlanId: duplicatePlan.id } },
  });
  await tx.servicePlan.delete({ where: { id: duplicatePlan.id } });
}
