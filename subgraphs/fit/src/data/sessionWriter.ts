import type { Sql } from "@silta/kernel";
import type { EpisodeRecord, MeasurementRecord, SessionRecord } from "../domain/records";

/** What one write did: rows new, rows changed, rows already exactly so (re-imports land here). */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The counts, and which rows were written (inserted or changed): an import that writes a row in two batches counts it once. */
export interface WriteResult extends WriteCounts {
  written: { id: string; inserted: boolean }[];
}

const itemsLiteral = (items: number[] | null) => (items ? `{${items.map((item) => item.toFixed(1)).join(",")}}` : "{}");

async function upsert(tx: Sql, text: string, params: unknown[], total: number): Promise<WriteResult> {
  if (total === 0) return { inserted: 0, updated: 0, unchanged: 0, written: [] };
  const rows = await tx.query<{ id: string; inserted: boolean }>(text, params);
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: total - rows.length, written: rows };
}

/**
 * Inserts or updates episodes by id; an existing row is written only when a value differs, so the
 * same input twice changes nothing. `xmax = 0` tells a fresh insert from an update.
 */
export function upsertEpisodes(tx: Sql, episodes: readonly EpisodeRecord[]): Promise<WriteResult> {
  const column = <K extends keyof EpisodeRecord>(key: K) => episodes.map((episode) => episode[key]);
  return upsert(
    tx,
    `INSERT INTO episode AS e (id, client_id, client_birth_date, kind, owner_professional_id, team_id, unit_id,
                               organization_id, service, started_on, ended_on, closure, import_source)
     SELECT id, client_id, birth, kind::"EpisodeKind", owner, team, unit, org, service, started, ended,
            closure::"EpisodeClosure", source
     FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[],
                 $9::text[], $10::date[], $11::date[], $12::text[], $13::text[])
          AS x(id, client_id, birth, kind, owner, team, unit, org, service, started, ended, closure, source)
     ON CONFLICT (id) DO UPDATE SET client_birth_date = excluded.client_birth_date, kind = excluded.kind,
       owner_professional_id = excluded.owner_professional_id, team_id = excluded.team_id, unit_id = excluded.unit_id,
       organization_id = excluded.organization_id, service = excluded.service, started_on = excluded.started_on,
       ended_on = excluded.ended_on, closure = excluded.closure
     WHERE (e.client_birth_date, e.kind, e.owner_professional_id, e.team_id, e.unit_id, e.organization_id, e.service,
            e.started_on, e.ended_on, e.closure)
       IS DISTINCT FROM (excluded.client_birth_date, excluded.kind, excluded.owner_professional_id, excluded.team_id,
            excluded.unit_id, excluded.organization_id, excluded.service, excluded.started_on, excluded.ended_on, excluded.closure)
     RETURNING id::text AS id, (xmax = 0) AS inserted`,
    [
      column("id"),
      column("clientId"),
      column("clientBirthDate"),
      column("kind"),
      column("ownerProfessionalId"),
      column("teamId"),
      column("unitId"),
      column("organizationId"),
      column("service"),
      column("startedOn"),
      column("endedOn"),
      column("closure"),
      column("importSource"),
    ],
    episodes.length,
  );
}

export function upsertSessions(tx: Sql, sessions: readonly SessionRecord[]): Promise<WriteResult> {
  return upsert(
    tx,
    `INSERT INTO fit_session AS s (id, episode_id, held_on, mode, professional_id)
     SELECT id, episode, held, mode::"SessionMode", professional
     FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::uuid[]) AS x(id, episode, held, mode, professional)
     ON CONFLICT (id) DO UPDATE SET held_on = excluded.held_on, mode = excluded.mode, professional_id = excluded.professional_id
     WHERE (s.held_on, s.mode, s.professional_id) IS DISTINCT FROM (excluded.held_on, excluded.mode, excluded.professional_id)
     RETURNING id::text AS id, (xmax = 0) AS inserted`,
    [
      sessions.map((s) => s.id),
      sessions.map((s) => s.episodeId),
      sessions.map((s) => s.heldOn),
      sessions.map((s) => s.mode),
      sessions.map((s) => s.professionalId),
    ],
    sessions.length,
  );
}

/** Measurements with the columns the older readers use (client, professional, day) copied from episode and session. */
export function upsertMeasurements(
  tx: Sql,
  rows: readonly { measurement: MeasurementRecord; session: SessionRecord; clientId: string }[],
): Promise<WriteResult> {
  const pick = <T>(f: (row: (typeof rows)[number]) => T) => rows.map(f);
  const imported = (row: (typeof rows)[number]) => row.measurement.imported;
  return upsert(
    tx,
    `INSERT INTO measurement AS m (id, client_id, professional_id, instrument, measured_on, total, items, session_id, episode_id,
                                   rater, rater_relation, skip_reason, instrument_reason, etr_target, etr_status, effect_size,
                                   imported_source, imported_source_version)
     SELECT id, client, professional, instrument::"Instrument", held,
            coalesce(total, (SELECT sum(i) FROM unnest(items::numeric(3,1)[]) AS i)), items::numeric(3,1)[], session, episode,
            rater::"Rater", relation, skip, reason, etr, status, effect, source, version
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::numeric[], $7::text[], $8::uuid[], $9::uuid[],
                 $10::text[], $11::text[], $12::text[], $13::text[], $14::numeric[], $15::text[], $16::numeric[], $17::text[], $18::text[])
          AS x(id, client, professional, instrument, held, total, items, session, episode, rater, relation, skip, reason,
               etr, status, effect, source, version)
     ON CONFLICT (id) DO UPDATE SET professional_id = excluded.professional_id, instrument = excluded.instrument,
       measured_on = excluded.measured_on, total = excluded.total, items = excluded.items, rater = excluded.rater,
       rater_relation = excluded.rater_relation, skip_reason = excluded.skip_reason, instrument_reason = excluded.instrument_reason,
       etr_target = excluded.etr_target, etr_status = excluded.etr_status, effect_size = excluded.effect_size,
       imported_source = excluded.imported_source, imported_source_version = excluded.imported_source_version
     WHERE (m.professional_id, m.instrument, m.measured_on, m.total, m.items, m.rater, m.rater_relation, m.skip_reason,
            m.instrument_reason, m.etr_target, m.etr_status, m.effect_size, m.imported_source, m.imported_source_version)
       IS DISTINCT FROM (excluded.professional_id, excluded.instrument, excluded.measured_on, excluded.total, excluded.items,
            excluded.rater, excluded.rater_relation, excluded.skip_reason, excluded.instrument_reason, excluded.etr_target,
            excluded.etr_status, excluded.effect_size, excluded.imported_source, excluded.imported_source_version)
     RETURNING id::text AS id, (xmax = 0) AS inserted`,
    [
      pick((r) => r.measurement.id),
      pick((r) => r.clientId),
      pick((r) => r.session.professionalId),
      pick((r) => r.measurement.instrument),
      pick((r) => r.session.heldOn),
      pick((r) => r.measurement.total),
      pick((r) => itemsLiteral(r.measurement.items)),
      pick((r) => r.session.id),
      pick((r) => r.session.episodeId),
      pick((r) => r.measurement.rater),
      pick((r) => r.measurement.raterRelation),
      pick((r) => r.measurement.skipReason),
      pick((r) => r.measurement.instrumentReason),
      pick((r) => imported(r)?.etrTarget ?? null),
      pick((r) => imported(r)?.etrStatus ?? null),
      pick((r) => imported(r)?.effectSize ?? null),
      pick((r) => imported(r)?.source ?? null),
      pick((r) => imported(r)?.sourceVersion ?? null),
    ],
    rows.length,
  );
}
