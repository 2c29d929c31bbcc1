import { conflict, idempotencySql, withIdempotency, type IdempotencyClaim, type Sql } from "@silta/kernel";
import type { EpisodeRecord, SessionRecord } from "../domain/records";
import { currentConfiguration } from "./configurationStore";
import { refreshDerived } from "./derivedStore";
import { closeEpisode, episodesById, sessionsById } from "./episodeStore";
import { measurementsOfSessions } from "./measurementStore";
import { recordFitEvent } from "./outbox";
import type { EpisodeRow } from "./rows";
import { upsertEpisodes, upsertMeasurements, upsertSessions } from "./sessionWriter";

const sameEpisode = (row: EpisodeRow, record: EpisodeRecord) =>
  row.clientId === record.clientId &&
  row.clientBirthDate === record.clientBirthDate &&
  row.kind === record.kind &&
  row.ownerProfessionalId === record.ownerProfessionalId &&
  row.teamId === record.teamId &&
  row.unitId === record.unitId &&
  row.organizationId === record.organizationId &&
  row.service === record.service &&
  row.startedOn === record.startedOn;

/** Opens an episode; the same create again returns it, a different one under the same id is a CONFLICT. */
export async function openEpisode(sql: Sql, record: EpisodeRecord, actorId: string): Promise<string> {
  return sql.transaction(async (tx) => {
    const [existing] = await episodesById(tx, [record.id]);
    if (existing) {
      if (!sameEpisode(existing, record))
        throw conflict(`Episode ${record.id} already exists with other values.`, { id: record.id });
      return record.id;
    }
    await upsertEpisodes(tx, [record]);
    await recordFitEvent(tx, {
      type: "fit.episode_opened",
      aggregateType: "episode",
      aggregateId: record.id,
      actorId,
      data: {
        episodeId: record.id,
        clientId: record.clientId,
        ownerProfessionalId: record.ownerProfessionalId,
        teamId: record.teamId,
        kind: record.kind,
        startedOn: record.startedOn,
      },
    });
    return record.id;
  });
}

/**
 * Closes an episode and recomputes its derived values, in one transaction; with a claim, the
 * Idempotency-Key is recorded in that transaction too.
 */
export async function closeEpisodeWithEvent(
  sql: Sql,
  episode: EpisodeRow,
  endedOn: string,
  closure: string,
  actorId: string,
  claim?: IdempotencyClaim,
): Promise<void> {
  await sql.transaction((tx) =>
    withIdempotency(
      idempotencySql(tx),
      claim,
      async () => {
        if (episode.endedOn === endedOn && episode.closure === closure) return; // the same close again
        await closeEpisode(tx, episode.id, endedOn, closure);
        await refreshDerived(tx, [episode.id], await currentConfiguration(tx));
        await recordFitEvent(tx, {
          type: "fit.episode_closed",
          aggregateType: "episode",
          aggregateId: episode.id,
          actorId,
          data: { episodeId: episode.id, clientId: episode.clientId, endedOn, closure },
        });
      },
      () => [episode.id],
    ),
  );
}

/**
 * Records a session with its measures and recomputes the episode's derived values, in one
 * transaction. The same session again (same id, same values) returns it; other values: CONFLICT.
 */
export async function recordSession(sql: Sql, episode: EpisodeRecord, session: SessionRecord, actorId: string): Promise<void> {
  await sql.transaction(async (tx) => {
    const [existing] = await sessionsById(tx, [session.id]);
    if (existing) {
      const stored = await measurementsOfSessions(tx, [session.id]);
      const same =
        existing.episodeId === session.episodeId &&
        existing.heldOn === session.heldOn &&
        existing.mode === session.mode &&
        existing.professionalId === session.professionalId &&
        stored.length === session.measurements.length &&
        session.measurements.every((m) => {
          const row = stored.find(
            (s) => s.instrument === m.instrument && s.rater === m.rater && s.raterRelation === m.raterRelation,
          );
          const total = m.total ?? (m.items ? m.items.reduce((a, b) => a + Math.round(b * 10), 0) / 10 : null);
          return row !== undefined && row.total === total && row.skipReason === m.skipReason;
        });
      if (!same) throw conflict(`Session ${session.id} already exists with other values.`, { id: session.id });
      return;
    }
    await upsertSessions(tx, [session]);
    await upsertMeasurements(
      tx,
      session.measurements.map((measurement) => ({ measurement, session, clientId: episode.clientId })),
    );
    await refreshDerived(tx, [episode.id], await currentConfiguration(tx));
    await recordFitEvent(tx, {
      type: "fit.session_recorded",
      aggregateType: "episode",
      aggregateId: episode.id,
      actorId,
      data: {
        sessionId: session.id,
        episodeId: episode.id,
        clientId: episode.clientId,
        // Who measured: training's rollout figures count FIT activity per professional from this.
        professionalId: session.professionalId,
        heldOn: session.heldOn,
        measurementIds: session.measurements.map((m) => m.id),
        instruments: session.measurements.filter((m) => m.skipReason === null).map((m) => m.instrument),
      },
    });
  });
}
