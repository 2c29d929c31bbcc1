import type { LocalDate } from "@silta/kernel";
import { Prisma, type FitDb } from "./db";
import type { EpisodeClosure } from "./prisma/enums";
import { episodeColumns, sessionColumns, withEpisodeOfSession, type EpisodeRow, type SessionRow } from "./rows";

export function episodesById(db: FitDb, ids: readonly string[]): Promise<EpisodeRow[]> {
  return db.$queryRaw<EpisodeRow[]>`SELECT ${episodeColumns} FROM episode e WHERE e.id = ANY(${[...ids]}::uuid[])`;
}

/** Where a page starts: after the episode with this start day and id (newest first). */
export type EpisodeKey = readonly [startedOn: string, id: string];
/** Where a page starts: after the session with this day, recording time (ISO) and id (oldest first). */
export type SessionKey = readonly [heldOn: string, createdAt: string, id: string];

/** A session row with the recording time its cursor needs. */
export type PagedSessionRow = SessionRow & { createdAt: string };

/**
 * A page of episodes for each of many clients in one query: up to `limit` per client, newest first
 * (start day, then id), after `after` when given. Callers ask for one more than they show, to know
 * whether another page follows.
 */
export function episodePagesOfClients(
  db: FitDb,
  clientIds: readonly string[],
  after: EpisodeKey | null,
  limit: number,
): Promise<EpisodeRow[]> {
  const afterKey = after ? Prisma.sql`AND (e.started_on, e.id) < (${after[0]}::date, ${after[1]}::uuid)` : Prisma.empty;
  return db.$queryRaw<EpisodeRow[]>`SELECT * FROM (
       SELECT ${episodeColumns}, row_number() OVER (PARTITION BY e.client_id ORDER BY e.started_on DESC, e.id DESC) AS n
       FROM episode e
       WHERE e.client_id = ANY(${[...clientIds]}::uuid[]) ${afterKey}
     ) page WHERE n <= ${limit} ORDER BY "startedOn" DESC, id DESC`;
}

/** A page of sessions for each of many episodes in one query: oldest first (day, recording time, id). */
export function sessionPagesOfEpisodes(
  db: FitDb,
  episodeIds: readonly string[],
  after: SessionKey | null,
  limit: number,
): Promise<PagedSessionRow[]> {
  const afterKey = after
    ? Prisma.sql`AND (s.held_on, s.created_at, s.id) > (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)`
    : Prisma.empty;
  return db.$queryRaw<PagedSessionRow[]>`SELECT * FROM (
       SELECT ${sessionColumns}, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
              row_number() OVER (PARTITION BY s.episode_id ORDER BY s.held_on, s.created_at, s.id) AS n
       FROM fit_session s ${withEpisodeOfSession}
       WHERE s.episode_id = ANY(${[...episodeIds]}::uuid[]) ${afterKey}
     ) page WHERE n <= ${limit} ORDER BY "heldOn", "createdAt", id`;
}

export function sessionsById(db: FitDb, ids: readonly string[]): Promise<SessionRow[]> {
  return db.$queryRaw<SessionRow[]>`SELECT ${sessionColumns} FROM fit_session s ${withEpisodeOfSession}
    WHERE s.id = ANY(${[...ids]}::uuid[])`;
}

/** Closes an episode (nothing happens when it does not exist; the caller has read it in the same transaction). */
export async function closeEpisode(tx: FitDb, id: string, endedOn: LocalDate, closure: EpisodeClosure): Promise<void> {
  // A day is midnight UTC to Prisma's date columns.
  await tx.episode.updateMany({ where: { id }, data: { endedOn: new Date(`${endedOn}T00:00:00Z`), closure } });
}
