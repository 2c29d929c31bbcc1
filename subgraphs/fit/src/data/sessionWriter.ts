import type { EpisodeRecord, MeasurementRecord, SessionRecord } from "../domain/records";
import { batchJson } from "./batchJson";
import { Prisma, type FitDb } from "./db";

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

async function upsert(tx: FitDb, statement: Prisma.Sql, total: number): Promise<WriteResult> {
  if (total === 0) return { inserted: 0, updated: 0, unchanged: 0, written: [] };
  const rows = await tx.$queryRaw<{ id: string; inserted: boolean }[]>(statement);
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: total - rows.length, written: rows };
}

/**
 * Inserts or updates episodes by id; an existing row is written only when a value differs, so the
 * same input twice changes nothing. `xmax = 0` tells a fresh insert from an update.
 */
export function upsertEpisodes(tx: FitDb, episodes: readonly EpisodeRecord[]): Promise<WriteResult> {
  const column = <K extends keyof EpisodeRecord>(key: K) => episodes.map((episode) => episode[key]);
  const [id, clientId, birth, kind, owner, team, unit, org] = [
    column("id"),
    column("clientId"),
    column("clientBirthDate"),
    column("kind"),
    column("ownerProfessionalId"),
    column("teamId"),
    column("unitId"),
    column("organizationId"),
  ];
  const [service, started, ended, closure, source] = [
    column("service"),
    column("startedOn"),
    column("endedOn"),
    column("closure"),
    column("importSource"),
  ];
  return upsert(
    tx,
    Prisma.sql`INSERT INTO episode AS e (id, client_id, client_birth_date, kind, owner_professional_id, team_id, unit_id,
                               organization_id, service, started_on, ended_on, closure, import_source)
     SELECT id, client_id, birth, kind::"EpisodeKind", owner, team, unit, org, service, started, ended,
            closure::"EpisodeClosure", source
     FROM unnest(${id}::uuid[], ${clientId}::uuid[], ${birth}::date[], ${kind}::text[], ${owner}::uuid[], ${team}::uuid[],
                 ${unit}::uuid[], ${org}::uuid[], ${service}::text[], ${started}::date[], ${ended}::date[], ${closure}::text[],
                 ${source}::text[])
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
    episodes.length,
  );
}

export function upsertSessions(tx: FitDb, sessions: readonly SessionRecord[]): Promise<WriteResult> {
  const batch = batchJson(
    sessions.map((session) => ({
      id: session.id,
      episode: session.episodeId,
      held: session.heldOn,
      mode: session.mode,
      professional: session.professionalId,
    })),
  );
  return upsert(
    tx,
    Prisma.sql`INSERT INTO fit_session AS s (id, episode_id, held_on, mode, professional_id)
     SELECT id, episode, held, mode::"SessionMode", professional
     FROM jsonb_to_recordset(${batch}::jsonb) AS x(id uuid, episode uuid, held date, mode text, professional uuid)
     ON CONFLICT (id) DO UPDATE SET held_on = excluded.held_on, mode = excluded.mode, professional_id = excluded.professional_id
     WHERE (s.held_on, s.mode, s.professional_id) IS DISTINCT FROM (excluded.held_on, excluded.mode, excluded.professional_id)
     RETURNING id::text AS id, (xmax = 0) AS inserted`,
    sessions.length,
  );
}

/** Measurements with the columns the older readers use (client, professional, day) copied from episode and session. */
export function upsertMeasurements(
  tx: FitDb,
  rows: readonly { measurement: MeasurementRecord; session: SessionRecord; clientId: string }[],
): Promise<WriteResult> {
  const imported = (row: (typeof rows)[number]) => row.measurement.imported;
  // One jsonb parameter for the batch, not 18 arrays: see `batchJson`.
  const batch = batchJson(
    rows.map((r) => ({
      id: r.measurement.id,
      client: r.clientId,
      professional: r.session.professionalId,
      instrument: r.measurement.instrument,
      held: r.session.heldOn,
      total: r.measurement.total,
      items: itemsLiteral(r.measurement.items),
      session: r.session.id,
      episode: r.session.episodeId,
      rater: r.measurement.rater,
      relation: r.measurement.raterRelation,
      skip: r.measurement.skipReason,
      reason: r.measurement.instrumentReason,
      etr: imported(r)?.etrTarget ?? null,
      status: imported(r)?.etrStatus ?? null,
      effect: imported(r)?.effectSize ?? null,
      source: imported(r)?.source ?? null,
      version: imported(r)?.sourceVersion ?? null,
    })),
  );
  return upsert(
    tx,
    Prisma.sql`INSERT INTO measurement AS m (id, client_id, professional_id, instrument, measured_on, total, items, session_id, episode_id,
                                   rater, rater_relation, skip_reason, instrument_reason, etr_target, etr_status, effect_size,
                                   imported_source, imported_source_version)
     SELECT id, client, professional, instrument::"Instrument", held,
            coalesce(total, (SELECT sum(i) FROM unnest(items::numeric(3,1)[]) AS i)), items::numeric(3,1)[], session, episode,
            rater::"Rater", relation, skip, reason, etr, status, effect, source, version
     FROM jsonb_to_recordset(${batch}::jsonb)
          AS x(id uuid, client uuid, professional uuid, instrument text, held date, total numeric, items text, session uuid,
               episode uuid, rater text, relation text, skip text, reason text, etr numeric, status text, effect numeric,
               source text, version text)
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
    rows.length,
  );
}
