import { type DomainEvent, LocalDate, processOnce } from "@silta/kernel";
import {
  measurementRecorded,
  parseEvent,
  professionalCreated,
  professionalUpdated,
  readingOnly,
  sessionRecorded,
  type ParseOutcome,
} from "@silta/events";
import type { PrismaClient } from "../data/db";

/** The consumer group of the training subgraph's projections, and its key in processed_event. */
export const PROJECTION_GROUP = "training-projection";

/** The events this subgraph consumes, at the versions it knows (see the README, "Events consumed"). */
export const CONSUMED_EVENTS = [
  professionalCreated,
  professionalUpdated,
  measurementRecorded,
  // Who measured, on which day, how many instruments: the rest of a session is not this subgraph's concern.
  readingOnly(sessionRecorded, ["professionalId", "heldOn", "instruments"]),
] as const;

type Consumed = Extract<ParseOutcome<(typeof CONSUMED_EVENTS)[number]>, { outcome: "parsed" }>["event"];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  // A session event without professionalId (fit's first shape of it) cannot say who measured.
  if (event.type === "fit.session_recorded" && event.data?.["professionalId"] == null) return "ignored";
  const parsed = parseEvent(event, CONSUMED_EVENTS);
  if (parsed.outcome === "not_consumed") return "ignored";
  if (parsed.outcome === "malformed" || !uuidPattern.test(event.id)) return "malformed";
  const activity = fitActivityOf(parsed.event);
  if (activity === "ignored" || activity === "malformed") return activity;
  return prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, PROJECTION_GROUP, event))) return "duplicate";
    if (activity) {
      const { professionalId, measuredOn, measurements } = activity;
      await tx.fitActivity.upsert({
        where: { professionalId_measuredOn: { professionalId, measuredOn: LocalDate.toDb(measuredOn) } },
        create: { professionalId, measuredOn: LocalDate.toDb(measuredOn), measurements },
        update: { measurements: { increment: measurements } },
      });
      return "applied";
    }
    if (parsed.event.type !== "professional.created" && parsed.event.type !== "professional.updated") return "ignored";
    const { professionalId, organizationId, unitId, active } = parsed.event.data;
    // Events may arrive out of order across redeliveries: a later state is never overwritten by an earlier one.
    const asOf = new Date(event.occurredAt);
    const state = { organizationId, unitId: unitId ?? null, active, asOf };
    await tx.staffMember.upsert({ where: { professionalId }, create: { professionalId, ...state }, update: {} });
    await tx.staffMember.updateMany({ where: { professionalId, asOf: { lte: asOf } }, data: state });
    return "applied";
  });
}

interface FitActivity {
  professionalId: string;
  measuredOn: LocalDate;
  measurements: number;
}

/**
 * A measuring day from fit's events: `fit.measurement_recorded` (one measurement), or
 * `fit.session_recorded` (one per instrument not skipped). Null for events that are not fit activity;
 * malformed for a day the contract let through that no date column holds (year 0000).
 */
function fitActivityOf(event: Consumed): FitActivity | "ignored" | "malformed" | null {
  const activity = (professionalId: string, day: string, measurements: number) => {
    const measuredOn = LocalDate.parse(day);
    return measuredOn === null ? "malformed" : { professionalId, measuredOn, measurements };
  };
  if (event.type === "fit.measurement_recorded") return activity(event.data.professionalId, event.data.measuredOn, 1);
  if (event.type === "fit.session_recorded") {
    if (event.data.instruments.length === 0) return "ignored"; // every measure skipped: nothing was measured
    return activity(event.data.professionalId, event.data.heldOn, event.data.instruments.length);
  }
  return null;
}
