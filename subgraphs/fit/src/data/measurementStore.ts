import { partialRowShape, readPrepared } from "@silta/kernel";
import { outcomeInstruments, sessionRatingInstruments } from "../domain/instrumentKinds";
import { Prisma, type FitDb, type PrismaClient } from "./db";
import { MEASUREMENT_ROW_FIELDS, measurementColumns, withEpisodeOfMeasurement, type MeasurementRow } from "./rows";

/** Which latest score of a client: the newest outcome score, or the newest session rating. */
export type LatestKind = "outcome" | "sessionRating";

/** One latest score asked for: whose, which kind, and whether every column is needed or only the lean ones. */
export interface LatestAsk {
  clientId: string;
  kind: LatestKind;
  /** False when the caller reads only {@link LEAN_MEASUREMENT_FIELDS} of the row. */
  full: boolean;
}

/**
 * The fields of a `Measurement` a lean row answers: the rest (items, derived and imported values, the
 * rater's relation, the instrument's reason) need the full row. A lean row still carries the client and
 * the service task, which `@clientData` decides each of these fields for.
 */
export const LEAN_MEASUREMENT_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "id",
  "instrument",
  "measuredOn",
  "total",
  "rater",
]);

/** The map key of a latest score: its kind and client. */
export const latestKey = (kind: LatestKind, clientId: string) => `${kind}|${clientId}`;

/** What {@link leanMeasurementColumns} reads, by the row's names. */
const LEAN_COLUMNS = ["id", "clientId", "service", "professionalId", "instrument", "measuredOn", "total", "rater"] as const;
const leanMeasurementColumns = Prisma.sql`m.id, m.client_id AS "clientId", me.service, m.professional_id AS "professionalId",
  m.instrument::text AS instrument, m.measured_on::text AS "measuredOn", m.total::float8 AS total, m.rater::text AS rater`;

/**
 * A lean row as a MeasurementRow, for the fields of {@link LEAN_MEASUREMENT_FIELDS} only: a column it did
 * not read throws when touched (partialRowShape), rather than answering no items or no derived values.
 */
const leanRow = partialRowShape<MeasurementRow, (typeof LEAN_COLUMNS)[number]>(
  "Measurement",
  MEASUREMENT_ROW_FIELDS,
  LEAN_COLUMNS,
);

/**
 * The newest score of each kind asked for (outcome or session rating) of each client, in one statement
 * however many clients ({@link latestScoresStatement}), so only the kinds asked are read and only the
 * newest row of each leaves the database, with only the columns asked for (`full` false: the lean
 * ones). Same-day ties go to the score recorded last; skipped measures (no total) are not scores.
 * Keyed by {@link latestKey}; a client never measured in a kind has no entry. A hot read: one constant
 * text per width, prepared, sent over the pool (`readPrepared`, ADR 0015).
 */
export async function latestMeasurementsOfClients(db: FitDb, asks: readonly LatestAsk[]): Promise<Map<string, MeasurementRow>> {
  const pairs = new Map<string, LatestAsk>();
  for (const ask of asks) pairs.set(latestKey(ask.kind, ask.clientId), ask);
  const clientIds = [...pairs.values()].map((ask) => ask.clientId);
  const outcome = [...pairs.values()].map((ask) => ask.kind === "outcome");
  const full = asks.some((ask) => ask.full);
  const rows = await readPrepared<MeasurementRow & { outcome: boolean }>(db, latestScoresStatement(clientIds, outcome, full));
  const latest = new Map<string, MeasurementRow>();
  for (const { outcome: isOutcomeRow, ...row } of rows)
    latest.set(latestKey(isOutcomeRow ? "outcome" : "sessionRating", row.clientId), full ? row : leanRow(row));
  return latest;
}

/**
 * The statement of {@link latestMeasurementsOfClients}: for each client and kind, the client's scores
 * walked newest first along `measurement (client_id, measured_on DESC, created_at DESC, id DESC)`,
 * stopping at the first of the kind's instruments with a total (an outcome score and a session
 * rating are recorded together, so that is the first or second entry); the (client, instrument,
 * measured_on) index made every row of the client's kinds read and sorted, twice the work
 * (docs/benchmarks.md, "Fourteenth sitting"). The measurement's episode is joined after the newest row
 * is picked, one primary-key probe per row (LATERAL … LIMIT 1): joined plainly, the planner may hash
 * every episode of the county instead ("fit's latest scores hashed every episode of the county").
 */
export function latestScoresStatement(clientIds: readonly string[], outcome: readonly boolean[], full: boolean): Prisma.Sql {
  return Prisma.sql`/* prepared */ SELECT ${full ? measurementColumns : leanMeasurementColumns}, k.outcome
     FROM unnest(${clientIds}::uuid[], ${outcome}::boolean[]) AS k(client_id, outcome)
     CROSS JOIN LATERAL (
       SELECT * FROM measurement x
        WHERE x.client_id = k.client_id AND x.total IS NOT NULL
          AND x.instrument = ANY(CASE WHEN k.outcome THEN ${[...outcomeInstruments]}::"Instrument"[] ELSE ${[...sessionRatingInstruments]}::"Instrument"[] END)
        ORDER BY x.measured_on DESC, x.created_at DESC, x.id DESC LIMIT 1) AS m
     LEFT JOIN LATERAL (SELECT e.service FROM episode e WHERE e.id = m.episode_id LIMIT 1) AS me ON true`;
}

/** Every measurement of the given sessions (skipped ones included), in recording order. */
export function measurementsOfSessions(db: FitDb, sessionIds: readonly string[]): Promise<MeasurementRow[]> {
  return db.$queryRaw<MeasurementRow[]>`SELECT ${measurementColumns} FROM measurement m ${withEpisodeOfMeasurement}
     WHERE m.session_id = ANY(${[...sessionIds]}::uuid[]) ORDER BY m.created_at, m.id`;
}

/** The scored measurements of clients (of one episode, when given), oldest first: the series to draw. */
export function seriesOfClients(db: FitDb, clientIds: readonly string[], episodeId: string | null): Promise<MeasurementRow[]> {
  return db.$queryRaw<MeasurementRow[]>`SELECT ${measurementColumns} FROM measurement m ${withEpisodeOfMeasurement}
     WHERE m.client_id = ANY(${[...clientIds]}::uuid[]) AND m.total IS NOT NULL AND m.session_id IS NOT NULL
       AND (${episodeId}::uuid IS NULL OR m.episode_id = ${episodeId}::uuid)
     ORDER BY m.client_id, m.measured_on, m.created_at, m.id`;
}

/** How many measurements each professional recorded on or after `since` (ever, when null): one GROUP BY. */
export async function measurementCountsOfProfessionals(
  prisma: PrismaClient,
  professionalIds: readonly string[],
  since: Date | null,
): Promise<Map<string, number>> {
  const groups = await prisma.measurement.groupBy({
    by: ["professionalId"],
    where: {
      professionalId: { in: [...professionalIds] },
      total: { not: null },
      ...(since ? { measuredOn: { gte: since } } : {}),
    },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.professionalId, group._count._all]));
}
