import { recordEvent, type LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { EpisodeRecord, SessionRecord } from "../domain/records";
import { currentConfiguration } from "./configurationStore";
import { REQUEST_TRANSACTION, type PrismaClient } from "./db";
import { refreshDerived } from "./derivedStore";
import { closeEpisode, episodesById, sessionsById } from "./episodeStore";
import { measurementsOfSessions } from "./measurementStore";
import type { EpisodeClosure } from "./prisma/enums";
import type { EpisodeRow } from "./rows";
import { upsertEpisodes, upsertMeasurements, upsertSessions } from "./sessionWriter";

/** What an episode's create asks for, compared field by field with the stored episode on a retry. */
const episodeFields = (episode: EpisodeRow | EpisodeRecord) => ({
  clientId: episode.clientId,
  clientBirthDate: episode.clientBirthDate,
  kind: episode.kind,
  ownerProfessionalId: episode.ownerProfessionalId,
  teamId: episode.teamId,
  unitId: episode.unitId,
  organizationId: episode.organizationId,
  service: episode.service,
  startedOn: episode.startedOn,
});

/** Opens an episode; the same create again returns it, a different one under the same id is a CONFLICT. */
export async function openEpisode(prisma: PrismaClient, record: EpisodeRecord, actorId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const [existing] = await episodesById(tx, [record.id]);
    if (existing) {
      sameOrConflict("Episode", record.id, existing, episodeFields(existing), episodeFields(record));
      return record.id;
    }
    await upsertEpisodes(tx, [record]);
    await recordEvent(tx, {
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
  }, REQUEST_TRANSACTION);
}

/**
 * Closes an episode and recomputes its derived values, in one transaction; with a claim, the
 * Idempotency-Key is recorded in that transaction too.
 */
export async function closeEpisodeWithEvent(
  prisma: PrismaClient,
  episode: EpisodeRow,
  endedOn: LocalDate,
  closure: EpisodeClosure,
  actorId: string,
  claim?: IdempotencyClaim,
): Promise<void> {
  await prisma.$transaction(
    (tx) =>
      withIdempotency(
        tx,
        claim,
        async () => {
          if (episode.endedOn === endedOn && episode.closure === closure) return; // the same close again
          await closeEpisode(tx, episode.id, endedOn, closure);
          await refreshDerived(tx, [episode.id], await currentConfiguration(tx));
          await recordEvent(tx, {
            type: "fit.episode_closed",
            aggregateType: "episode",
            aggregateId: episode.id,
            actorId,
            data: { episodeId: episode.id, clientId: episode.clientId, endedOn, closure },
          });
        },
        () => [episode.id],
      ),
    REQUEST_TRANSACTION,
  );
}

/**
 * Records a session with its measures and recomputes the episode's derived values, in one
 * transaction. The same session again (same id, same values) returns it; other values: CONFLICT.
 */
export async function recordSession(
  prisma: PrismaClient,
  episode: EpisodeRecord,
  session: SessionRecord,
  actorId: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const [existing] = await sessionsById(tx, [session.id]);
    if (existing) {
      const stored = await measurementsOfSessions(tx, [session.id]);
      // A measurement is its instrument, rater and relation with the total (computed from the items when not given) or the skip reason.
      const measurementKey = (m: {
        instrument: string;
        rater: string;
        raterRelation: string | null;
        total: number | null;
        skipReason: string | null;
      }) => JSON.stringify([m.instrument, m.rater, m.raterRelation, m.total, m.skipReason]);
      const askedTotal = (m: SessionRecord["measurements"][number]) =>
        m.total ?? (m.items ? m.items.reduce((a, b) => a + Math.round(b * 10), 0) / 10 : null);
      sameOrConflict(
        "Session",
        session.id,
        existing,
        {
          episodeId: existing.episodeId,
          heldOn: existing.heldOn,
          mode: existing.mode,
          professionalId: existing.professionalId,
          measurements: stored.map(measurementKey),
        },
        {
          episodeId: session.episodeId,
          heldOn: session.heldOn,
          mode: session.mode,
          professionalId: session.professionalId,
          measurements: session.measurements.map((m) => measurementKey({ ...m, total: askedTotal(m) })),
        },
      );
      return;
    }
    await upsertSessions(tx, [session]);
    await upsertMeasurements(
      tx,
      session.measurements.map((measurement) => ({ measurement, session, clientId: episode.clientId })),
    );
    await refreshDerived(tx, [episode.id], await currentConfiguration(tx));
    await recordEvent(tx, {
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
  }, REQUEST_TRANSACTION);
}
