import type { PrismaClient } from "./db";
import type { Measurement } from "./prisma/client";
import { outcomeInstruments } from "../domain/instrumentKinds";

/** A client's newest outcome score and newest session rating; either is null when never measured. */
export interface LatestMeasurements {
  outcome: Measurement | null;
  sessionRating: Measurement | null;
}

/** A raw row: unlike Prisma's own reads, `$queryRaw` gives a NULL item array as null. */
type LatestRow = Omit<Measurement, "items"> & { items: Measurement["items"] | null; kind: "outcome" | "sessionRating" };

/**
 * The newest outcome and session rating of each client, in one statement however many clients:
 * `DISTINCT ON` keeps the first row per client and kind, so only those rows leave the database.
 * Same-day ties go to the score recorded last.
 */
export async function latestMeasurementsOfClients(
  prisma: PrismaClient,
  clientIds: readonly string[],
): Promise<Map<string, LatestMeasurements>> {
  const rows = await prisma.$queryRaw<LatestRow[]>`
    SELECT DISTINCT ON (client_id, kind)
      id, client_id AS "clientId", professional_id AS "professionalId", instrument,
      measured_on AS "measuredOn", total, items, created_at AS "createdAt", kind
    FROM (
      SELECT *, CASE WHEN instrument::text = ANY(${[...outcomeInstruments]}::text[]) THEN 'outcome' ELSE 'sessionRating' END AS kind
      FROM measurement
      WHERE client_id = ANY(${[...clientIds]}::uuid[])
    ) AS scored
    ORDER BY client_id, kind, measured_on DESC, created_at DESC, id DESC`;
  const latest = new Map<string, LatestMeasurements>();
  for (const { kind, items, ...measurement } of rows) {
    const entry = latest.get(measurement.clientId) ?? { outcome: null, sessionRating: null };
    entry[kind] = { ...measurement, items: items ?? [] };
    latest.set(measurement.clientId, entry);
  }
  return latest;
}

/** How many measurements each professional recorded on or after `since` (ever, when null): one GROUP BY. */
export async function measurementCountsOfProfessionals(
  prisma: PrismaClient,
  professionalIds: readonly string[],
  since: Date | null,
): Promise<Map<string, number>> {
  const groups = await prisma.measurement.groupBy({
    by: ["professionalId"],
    where: { professionalId: { in: [...professionalIds] }, ...(since ? { measuredOn: { gte: since } } : {}) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.professionalId, group._count._all]));
}
