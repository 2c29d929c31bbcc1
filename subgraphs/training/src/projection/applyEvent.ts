import { processOnce, type DomainEvent } from "@silta/kernel";
import { isIsoDate, fromIsoDate } from "../domain/dates";
import type { PrismaClient } from "../data/db";

/** The consumer group of the training subgraph's projections, and its key in processed_event. */
export const PROJECTION_GROUP = "training-projection";

/** The events this subgraph consumes (the contract it expects; see the README, "Events consumed"). */
export const consumedEventTypes = [
  "professional.created",
  "professional.updated",
  "fit.measurement_recorded",
  "fit.session_recorded",
] as const;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === "string" && uuidPattern.test(value);

/**
 * Applies one event to the local projections, once: the event id is stored in the same transaction,
 * so a redelivered event changes nothing. Events of other types are ignored; a malformed event of
 * a known type is skipped (and reported) rather than retried for ever.
 * Returns what happened, for logs and tests.
 */
export async function applyEvent(
  prisma: PrismaClient,
  event: DomainEvent,
): Promise<"applied" | "duplicate" | "ignored" | "malformed"> {
  if (!(consumedEventTypes as readonly string[]).includes(event.type)) return "ignored";
  if (!isUuid(event.id)) return "malformed";
  const activity = fitActivityOf(event);
  if (activity === "ignored" || activity === "malformed") return activity;
  const data = event.data;
  if (
    activity === null &&
    (!isUuid(data["professionalId"]) ||
      !isUuid(data["organizationId"]) ||
      typeof data["active"] !== "boolean" ||
      (data["unitId"] != null && !isUuid(data["unitId"])))
  )
    return "malformed";
  return prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, PROJECTION_GROUP, event))) return "duplicate";
    if (activity) {
      const { professionalId, measuredOn, measurements } = activity;
      await tx.fitActivity.upsert({
        where: { professionalId_measuredOn: { professionalId, measuredOn: fromIsoDate(measuredOn) } },
        create: { professionalId, measuredOn: fromIsoDate(measuredOn), measurements },
        update: { measurements: { increment: measurements } },
      });
      return "applied";
    }
    const professionalId = data["professionalId"] as string;
    // Events may arrive out of order across redeliveries: a later state is never overwritten by an earlier one.
    const asOf = new Date(event.occurredAt);
    const state = {
      organizationId: data["organizationId"] as string,
      unitId: (data["unitId"] as string | null | undefined) ?? null,
      active: data["active"] as boolean,
      asOf,
    };
    await tx.staffMember.upsert({ where: { professionalId }, create: { professionalId, ...state }, update: {} });
    await tx.staffMember.updateMany({ where: { professionalId, asOf: { lte: asOf } }, data: state });
    return "applied";
  });
}

interface FitActivity {
  professionalId: string;
  measuredOn: string;
  measurements: number;
}

/**
 * A measuring day from fit's events: `fit.measurement_recorded` {professionalId, measuredOn} (one
 * measurement), or `fit.session_recorded` {professionalId, heldOn, instruments} (one per instrument
 * not skipped). A session event without professionalId (fit's first version) is ignored: it cannot
 * say who measured. Null for events that are not fit activity.
 */
function fitActivityOf(event: DomainEvent): FitActivity | "ignored" | "malformed" | null {
  const data = event.data;
  const day = (value: unknown) => (typeof value === "string" && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : null);
  if (event.type === "fit.measurement_recorded") {
    const measuredOn = day(data["measuredOn"]);
    if (!isUuid(data["professionalId"]) || !measuredOn) return "malformed";
    return { professionalId: data["professionalId"], measuredOn, measurements: 1 };
  }
  if (event.type === "fit.session_recorded") {
    if (data["professionalId"] == null) return "ignored";
    const measuredOn = day(data["heldOn"]);
    const instruments = data["instruments"];
    if (!isUuid(data["professionalId"]) || !measuredOn || !Array.isArray(instruments)) return "malformed";
    if (instruments.length === 0) return "ignored"; // every measure skipped: nothing was measured
    return { professionalId: data["professionalId"], measuredOn, measurements: instruments.length };
  }
  return null;
}
