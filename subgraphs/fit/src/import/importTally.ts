import { batchJson } from "../data/batchJson";
import type { FitDb } from "../data/db";
import type { WriteCounts, WriteResult } from "../data/sessionWriter";

export type TallyKind = "episode" | "session" | "measurement";

/**
 * What one import did to each row it named, counted once per row however many batches name it.
 *
 * Several rows of a file share an episode (one row per session) and a session (one row per rater),
 * and a batch boundary can fall between them: the second batch writes the episode again and finds
 * it unchanged, so summing each batch's counts counted it twice (5,000 episodes reported as
 * "inserted 5000, unchanged 89"). The tally keeps, per row, the strongest outcome any batch saw
 * (inserted > updated > unchanged), from a temporary table of the import's transaction that every
 * batch appends to: memory in Node stays bounded by the batch, and the table goes with the transaction.
 */
export class ImportTally {
  private constructor(private readonly tx: FitDb) {}

  static async open(tx: FitDb): Promise<ImportTally> {
    // No key: appending is cheaper than a conflict check per row, and the totals group once at the end.
    await tx.$executeRaw`CREATE TEMPORARY TABLE fit_import_tally (kind text NOT NULL, id uuid NOT NULL, outcome smallint NOT NULL) ON COMMIT DROP`;
    return new ImportTally(tx);
  }

  /**
   * Records one batch's writes, every kind in one statement: `ids` are every row the batch named,
   * `written` those inserted or changed.
   */
  async record(
    batch: Partial<Record<TallyKind | "derived", { ids: readonly string[]; written: WriteResult["written"] }>>,
  ): Promise<void> {
    const named = Object.entries(batch).flatMap(([kind, { ids }]) => ids.map((id) => [kind, id] as const));
    if (named.length === 0) return;
    const written = Object.entries(batch).flatMap(([kind, result]) => result.written.map((row) => ({ kind, ...row })));
    await this.tx.$executeRaw`INSERT INTO pg_temp.fit_import_tally (kind, id, outcome)
       SELECT x.kind, x.id, CASE WHEN w.inserted THEN 2 WHEN w.inserted IS NOT NULL THEN 1 ELSE 0 END
         FROM jsonb_to_recordset(${batchJson(named.map(([kind, id]) => ({ kind, id })))}::jsonb) AS x(kind text, id uuid)
         LEFT JOIN jsonb_to_recordset(${batchJson(written)}::jsonb) AS w(kind text, id uuid, inserted boolean)
           ON w.kind = x.kind AND w.id = x.id`;
  }

  /** Measurements whose derived values the import changed (each once, however often its episode was refreshed). */
  async recordDerived(ids: readonly string[]): Promise<void> {
    await this.record({ derived: { ids, written: ids.map((id) => ({ id, inserted: false })) } });
  }

  /** The counts per kind, and how many measurements had their derived values changed. */
  async totals(): Promise<Record<TallyKind, WriteCounts> & { derivedUpdated: number }> {
    const rows = await this.tx.$queryRaw<
      { kind: TallyKind | "derived"; outcome: number; count: number }[]
    >`SELECT kind, outcome, count(*)::int AS count
         FROM (SELECT kind, id, max(outcome) AS outcome FROM pg_temp.fit_import_tally GROUP BY kind, id) AS per_row
        GROUP BY kind, outcome`;
    const counts = (kind: TallyKind): WriteCounts => {
      const of = (outcome: number) => rows.find((row) => row.kind === kind && row.outcome === outcome)?.count ?? 0;
      return { inserted: of(2), updated: of(1), unchanged: of(0) };
    };
    return {
      episode: counts("episode"),
      session: counts("session"),
      measurement: counts("measurement"),
      derivedUpdated: rows.filter((row) => row.kind === "derived").reduce((sum, row) => sum + row.count, 0),
    };
  }
}
