import { conflict, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Agreement, AgreementStatus, PlanReview, ServicePlan } from "./prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Every change of a plan bumps its version, appends a history row (who, what, before/after) and
 * records its event, in one transaction.
 */
async function changed(
  tx: Tx,
  plan: ServicePlan,
  viewer: Viewer,
  action: string,
  details: Record<string, unknown>,
  eventData: Record<string, unknown>,
  agreementId: string | null = null,
): Promise<void> {
  await tx.servicePlan.update({ where: { id: plan.id }, data: { version: { increment: 1 } } });
  await tx.planChange.create({ data: { planId: plan.id, actorId: viewer.id, action, agreementId, details: details as object } });
  await recordEvent(tx, {
    type: `service_plan.${action}`,
    aggregateType: "ServicePlan",
    aggregateId: plan.id,
    actorId: viewer.id,
    data: { planId: plan.id, clientId: plan.clientId, familyId: plan.familyId, ...eventData },
    // The history row's keys are what changed (goals, an agreement's status…); their values stay out: free text.
    changedFields: historyFields(details),
  });
}

/** The fields a history row says changed: `{ field: { before, after } }`, or `{ after: { …fields } }` for an addition. */
function historyFields(details: Record<string, unknown>): string[] {
  const after = details["after"];
  if (Object.keys(details).length === 1 && after && typeof after === "object") return Object.keys(after);
  return Object.keys(details);
}

export interface NewPlan {
  id: string;
  clientId: string | null;
  familyId: string | null;
  goals: string[];
}

export async function createPlan(prisma: PrismaClient, input: NewPlan, viewer: Viewer): Promise<ServicePlan> {
  return prisma.$transaction(async (tx) => {
    const sameId = await tx.servicePlan.findUnique({ where: { id: input.id } });
    if (sameId)
      return sameOrConflict("Service plan", input.id, sameId, sameId, { clientId: input.clientId, familyId: input.familyId });
    const existing = await tx.servicePlan.findFirst({
      where: input.clientId ? { clientId: input.clientId } : { familyId: input.familyId },
    });
    if (existing) throw conflict("There is a service plan already: change that one.", { rule: "one_plan", planId: existing.id });
    const plan = await tx.servicePlan.create({ data: { ...input, version: 0, createdBy: viewer.id } });
    await changed(tx, plan, viewer, "created", { goals: { after: input.goals } }, {});
    return (await tx.servicePlan.findUnique({ where: { id: plan.id } }))!;
  });
}

export async function updateGoals(
  prisma: PrismaClient,
  plan: ServicePlan,
  goals: string[],
  expectedVersion: number,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<ServicePlan> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        // Optimistic: the write happens only if nobody changed the plan since the caller read it.
        const { count } = await tx.servicePlan.updateMany({ where: { id: plan.id, version: expectedVersion }, data: { goals } });
        if (count === 0)
          throw conflict(`Service plan ${plan.id} has changed since version ${expectedVersion}; read it again.`, {
            rule: "version",
          });
        await changed(tx, plan, viewer, "goals_updated", { goals: { before: plan.goals, after: goals } }, {});
        return (await tx.servicePlan.findUnique({ where: { id: plan.id } }))!;
      },
      (updated) => [updated.id],
    ),
  );
}

export interface NewAgreement {
  id: string;
  planId: string;
  concern: string;
  nextAction: string;
  responsibleProfessionalId: string | null;
  responsibleClientId: string | null;
  ifNotDone: string;
  followUp: string;
  dueOn: LocalDate;
}

export async function addAgreement(
  prisma: PrismaClient,
  plan: ServicePlan,
  input: NewAgreement,
  viewer: Viewer,
): Promise<Agreement> {
  return prisma.$transaction(async (tx) => {
    const sameId = await tx.agreement.findUnique({ where: { id: input.id } });
    if (sameId) {
      const { planId, nextAction, dueOn } = input;
      return sameOrConflict("Agreement", input.id, sameId, sameId, { planId, nextAction, dueOn });
    }
    const agreement = await tx.agreement.create({ data: { ...input, dueOn: LocalDate.toDb(input.dueOn) } });
    const { id: _id, planId: _planId, ...fields } = input;
    await changed(
      tx,
      plan,
      viewer,
      "agreement_added",
      { after: fields },
      {
        agreementId: input.id,
        dueOn: input.dueOn,
        responsibleProfessionalId: input.responsibleProfessionalId,
        responsibleClientId: input.responsibleClientId,
      },
      input.id,
    );
    return agreement;
  });
}

export async function setAgreementStatus(
  prisma: PrismaClient,
  plan: ServicePlan,
  agreement: Agreement,
  status: AgreementStatus,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Agreement> {
  if (agreement.status === status) return agreement;
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const updated = await tx.agreement.update({ where: { id: agreement.id }, data: { status } });
        await changed(
          tx,
          plan,
          viewer,
          "agreement_status_changed",
          { status: { before: agreement.status, after: status } },
          { agreementId: agreement.id, status },
          agreement.id,
        );
        return updated;
      },
      (updated) => [updated.id],
    ),
  );
}

export interface NewReview {
  id: string;
  reviewedOn: LocalDate;
  findings: string;
  changes: string;
}

export async function recordReview(
  prisma: PrismaClient,
  plan: ServicePlan,
  input: NewReview,
  viewer: Viewer,
): Promise<PlanReview> {
  return prisma.$transaction(async (tx) => {
    const sameId = await tx.planReview.findUnique({ where: { id: input.id } });
    if (sameId)
      return sameOrConflict("Review", input.id, sameId, sameId, {
        planId: plan.id,
        reviewedOn: input.reviewedOn,
        findings: input.findings,
      });
    const review = await tx.planReview.create({
      data: { ...input, planId: plan.id, reviewedOn: LocalDate.toDb(input.reviewedOn), recordedBy: viewer.id },
    });
    await changed(
      tx,
      plan,
      viewer,
      "reviewed",
      { after: { reviewedOn: input.reviewedOn, findings: input.findings, changes: input.changes } },
      {
        reviewId: input.id,
        reviewedOn: input.reviewedOn,
      },
    );
    return review;
  });
}
