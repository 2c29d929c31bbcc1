import type { FitConfiguration } from "../domain/fitConfiguration";
import { ageOn } from "../domain/instrumentKinds";
import { deriveEpisode, type Derived, type ScoredInput } from "../domain/scoring";
import type { FitDb } from "./db";
import { batchJson } from "./batchJson";
import { refreshSessionSummaries } from "./summaryStore";

interface Row {
  id: string;
  instrument: ScoredInput["instrument"];
  rater: ScoredInput["rater"];
  raterRelation: string | null;
  heldOn: string;
  total: number | null;
  birthDate: string | null;
  episodeId: string;
  order: string;
}

/**
 * Recomputes the derived values of whole episodes (one SELECT, one UPDATE however many): a session
 * recorded late, or imported out of order, changes its neighbours' intake and previous-session values.
 * Rows whose values did not change are not written, so re-running changes nothing. The sessions'
 * report summaries follow in the same transaction (summaryStore.ts), from the values just written.
 * Returns how many measurements' derived values changed.
 */
export async function refreshDerived(tx: FitDb, episodeIds: readonly string[], configuration: FitConfiguration): Promise<number> {
  return (await refreshDerivedIds(tx, episodeIds, configuration)).length;
}

/** As `refreshDerived`, returning the ids of the measurements whose derived values changed (an import counts them once). */
export async function refreshDerivedIds(
  tx: FitDb,
  episodeIds: readonly string[],
  configuration: FitConfiguration,
): Promise<string[]> {
  if (episodeIds.length === 0) return [];
  const rows = await tx.$queryRaw<
    Row[]
  >`SELECT m.id, m.instrument::text AS instrument, m.rater::text AS rater, m.rater_relation AS "raterRelation",
            s.held_on::text AS "heldOn", m.total::float8 AS total, e.client_birth_date::text AS "birthDate",
            m.episode_id AS "episodeId", to_char(m.created_at, 'YYYYMMDDHH24MISSUS') AS "order"
     FROM measurement m JOIN fit_session s ON s.id = m.session_id JOIN episode e ON e.id = m.episode_id
     WHERE m.episode_id = ANY(${[...episodeIds]}::uuid[])`;
  const byEpisode = new Map<string, ScoredInput[]>();
  for (const row of rows) {
    const list = byEpisode.get(row.episodeId) ?? [];
    list.push({ ...row, age: ageOn(row.birthDate, row.heldOn) });
    byEpisode.set(row.episodeId, list);
  }
  const derived = [...byEpisode.values()].flatMap((list) => deriveEpisode(list, configuration));
  const changed = derived.length === 0 ? [] : await writeDerived(tx, derived);
  await refreshSessionSummaries(tx, episodeIds);
  return changed;
}

async function writeDerived(tx: FitDb, derived: readonly Derived[]): Promise<string[]> {
  const result = await tx.$queryRaw<
    { id: string }[]
  >`UPDATE measurement m SET clinical = d.clinical, cutoff = d.cutoff, change_from_intake = d.change,
            reliable_change = d.reliable::"ReliableChange", srs_alert = d.alert, config_version = d.version
     FROM jsonb_to_recordset(${batchJson(
       derived.map((d) => ({
         id: d.id,
         clinical: d.clinical,
         cutoff: d.cutoff,
         change: d.changeFromIntake,
         reliable: d.reliableChange,
         alert: d.srsAlert,
         version: d.configVersion,
       })),
     )}::jsonb) AS d(id uuid, clinical boolean, cutoff numeric, change numeric, reliable text, alert boolean, version int)
     WHERE m.id = d.id AND (m.clinical, m.cutoff, m.change_from_intake, m.reliable_change::text, m.srs_alert, m.config_version)
           IS DISTINCT FROM (d.clinical, d.cutoff, d.change, d.reliable, d.alert, d.version)
     RETURNING m.id::text AS id`;
  return result.map((row) => row.id);
}
