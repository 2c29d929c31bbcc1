import type { EpisodeRecord, SessionRecord, Violation } from "../domain/records";

/** One source row as a reader gives it: field names as in the file, values as text (or JSON values). */
export interface RawRow {
  line: number;
  fields: Record<string, unknown>;
}

/** A row turned into the write model, or the rules it broke (fields named as in the file). */
export type AdaptedRow =
  | { ok: true; line: number; episode: EpisodeRecord; session: SessionRecord }
  | { ok: false; line: number; violations: Violation[] };

/**
 * One FIT app's export format. Another app (FIT-Outcomes, MyOutcomes) is one more implementation;
 * the pipeline, validation and writes stay the same.
 */
export interface ImportAdapter {
  /** Tagged on every imported value (ETR, status, effect size) and episode. */
  source: string;
  adapt(row: RawRow, today: string): AdaptedRow;
}
