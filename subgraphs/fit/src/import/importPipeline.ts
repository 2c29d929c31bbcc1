import { recordEvents } from "@silta/kernel";
import { currentConfiguration } from "../data/configurationStore";
import { REQUEST_TRANSACTION, type FitDb, type PrismaClient, type TransactionOptions } from "../data/db";
import { refreshDerivedIds } from "../data/derivedStore";
import { upsertEpisodes, upsertMeasurements, upsertSessions, type WriteCounts } from "../data/sessionWriter";
import { ImportTally } from "./importTally";
import { PlannerStatistics } from "./plannerStatistics";
import type { EpisodeRecord, SessionRecord } from "../domain/records";
import type { ImportAdapter, RawRow } from "./importRow";

/** One rejected row: where it is in the file, which field, which rule. Never a score or a name. */
export interface RejectedRow {
  line: number;
  field: string;
  rule: string;
  message: string;
}

export interface ImportOptions {
  adapter: ImportAdapter;
  /** Import the good rows of a file that has bad ones (default false: a bad row imports nothing). */
  skipInvalid: boolean;
  /** Today in the county's time zone: sessions after it are refused. */
  today: string;
  actorId: string;
  /** Rows per write; memory is bounded by this, not by the file. Default 500. */
  batchSize?: number;
  /** Which of these clients the caller may record FIT data for (GraphQL); absent for the command. */
  authorize?: (clientIds: string[]) => Promise<Set<string>>;
  /** Called for every rejected rule as it is found, so the report streams too. */
  onReject: (rejected: RejectedRow) => void;
  /**
   * The import's one transaction: its timeout bounds the whole file. Default `REQUEST_TRANSACTION`
   * (a minute, for GraphQL's 1 MB); the command passes `BULK_TRANSACTION`.
   */
  transaction?: TransactionOptions;
}

/**
 * What an import did. Each episode, session and measurement the good rows name is counted once, in
 * one of inserted (new), updated (existed, a value changed) or unchanged, however many rows and
 * batches name it; so after a committed import the database shows exactly these figures.
 */
export interface ImportReport {
  rowsRead: number;
  rowsRejected: number;
  /** False when bad rows stopped the import (nothing was written). */
  committed: boolean;
  episodes: WriteCounts;
  sessions: WriteCounts;
  measurements: WriteCounts;
  /** Measurements whose derived values (clinical, change from intake…) changed, each once. */
  derivedUpdated: number;
}

const zero = (): WriteCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

class RolledBack extends Error {}

interface Good {
  line: number;
  episode: EpisodeRecord;
  session: SessionRecord;
}

/**
 * Streams rows through the adapter and writes them in batches, all in one transaction: with
 * `skipInvalid` off, the first bad row stops the writing, the rest of the file is still checked so
 * the report is complete, and the transaction rolls back.
 */
export async function importRows(
  prisma: PrismaClient,
  rows: AsyncIterable<RawRow>,
  options: ImportOptions,
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 500;
  const report: ImportReport = {
    rowsRead: 0,
    rowsRejected: 0,
    committed: false,
    episodes: zero(),
    sessions: zero(),
    measurements: zero(),
    derivedUpdated: 0,
  };
  const reject = (line: number, field: string, rule: string, message: string) => options.onReject({ line, field, rule, message });
  try {
    await prisma.$transaction(async (tx) => {
      const configuration = await currentConfiguration(tx);
      const tally = await ImportTally.open(tx);
      const statistics = new PlannerStatistics(tx);
      let batch: Good[] = [];
      const flush = async () => {
        let good = batch;
        batch = [];
        if (options.authorize && good.length > 0) {
          const allowed = await options.authorize([...new Set(good.map((row) => row.episode.clientId))]);
          for (const row of good.filter((row) => !allowed.has(row.episode.clientId))) {
            report.rowsRejected += 1;
            reject(row.line, "client_id", "forbidden", "You have no lawful basis to record FIT data for this client.");
          }
          good = good.filter((row) => allowed.has(row.episode.clientId));
        }
        if (good.length === 0 || (report.rowsRejected > 0 && !options.skipInvalid)) return;
        await writeBatch(tx, good, configuration, options, tally, statistics);
      };
      for await (const row of rows) {
        report.rowsRead += 1;
        if (row.fields["__error"]) {
          report.rowsRejected += 1;
          reject(row.line, "row", "json", String(row.fields["__error"]));
          continue;
        }
        const adapted = options.adapter.adapt(row, options.today);
        if (!adapted.ok) {
          report.rowsRejected += 1;
          for (const violation of adapted.violations) reject(adapted.line, violation.field, violation.rule, violation.message);
          continue;
        }
        batch.push(adapted);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      if (report.rowsRejected > 0 && !options.skipInvalid) throw new RolledBack();
      const totals = await tally.totals();
      Object.assign(report, {
        episodes: totals.episode,
        sessions: totals.session,
        measurements: totals.measurement,
        derivedUpdated: totals.derivedUpdated,
      });
    }, options.transaction ?? REQUEST_TRANSACTION);
    report.committed = true;
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    report.episodes = zero();
    report.sessions = zero();
    report.measurements = zero();
    report.derivedUpdated = 0;
  }
  return report;
}

async function writeBatch(
  tx: FitDb,
  rows: Good[],
  configuration: Awaited<ReturnType<typeof currentConfiguration>>,
  options: ImportOptions,
  tally: ImportTally,
  statistics: PlannerStatistics,
): Promise<void> {
  // Several rows share an episode (one per session) and a session (one per rater): one write each, the last row winning.
  const episodes = new Map<string, EpisodeRecord>();
  const sessions = new Map<string, SessionRecord>();
  const measurements = new Map<
    string,
    { measurement: SessionRecord["measurements"][number]; session: SessionRecord; clientId: string }
  >();
  for (const { episode, session } of rows) {
    episodes.set(episode.id, episode);
    sessions.set(session.id, session);
    for (const measurement of session.measurements)
      measurements.set(measurement.id, { measurement, session, clientId: episode.clientId });
  }
  const episodeCounts = await upsertEpisodes(tx, [...episodes.values()]);
  const sessionCounts = await upsertSessions(tx, [...sessions.values()]);
  const measurementCounts = await upsertMeasurements(tx, [...measurements.values()]);
  await tally.record({
    episode: { ids: [...episodes.keys()], written: episodeCounts.written },
    session: { ids: [...sessions.keys()], written: sessionCounts.written },
    measurement: { ids: [...measurements.keys()], written: measurementCounts.written },
  });
  const changed = [episodeCounts, sessionCounts, measurementCounts].some((counts) => counts.inserted + counts.updated > 0);
  if (!changed) return; // the same rows again: nothing to derive, nothing to announce
  await statistics.afterWrite(measurementCounts.inserted);
  await tally.recordDerived(await refreshDerivedIds(tx, [...episodes.keys()], configuration));
  // Who measured on which day, for training's rollout figures (FIT use per professional). One event
  // per professional and day of a changed batch: consumers need "did measure", not a count. All of
  // the batch's events go in two statements (recordEvents), not two per event: a batch of 500 rows
  // names about 500 professional-days, and a thousand small statements through Prisma's raw path
  // made most of a capped-heap import garbage collection (docs/benchmarks-fit.md).
  const measuringDays = new Set(
    [...sessions.values()]
      .filter((session) => session.measurements.some((measurement) => measurement.skipReason === null))
      .map((session) => `${session.professionalId}|${session.heldOn}`),
  );
  await recordEvents(tx, [
    {
      type: "fit.sessions_imported",
      aggregateType: "import",
      aggregateId: options.adapter.source,
      actorId: options.actorId,
      data: { source: options.adapter.source, episodeIds: [...episodes.keys()], sessionIds: [...sessions.keys()] },
    },
    ...[...measuringDays].map((day) => {
      const [professionalId, measuredOn] = day.split("|") as [string, string];
      return {
        type: "fit.measurement_recorded",
        aggregateType: "professional",
        aggregateId: professionalId,
        actorId: options.actorId,
        data: { professionalId, measuredOn },
      };
    }),
  ]);
}
