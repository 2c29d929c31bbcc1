import type { Sql } from "@silta/kernel";
import { episodeColumns, sessionColumns, withEpisodeOfSession, type EpisodeRow, type SessionRow } from "./rows";

export function episodesById(sql: Sql, ids: readonly string[]): Promise<EpisodeRow[]> {
  return sql.query<EpisodeRow>(`SELECT ${episodeColumns} FROM episode e WHERE e.id = ANY($1::uuid[])`, [[...ids]]);
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
  sql: Sql,
  clientIds: readonly string[],
  after: EpisodeKey | null,
  limit: number,
): Promise<EpisodeRow[]> {
  return sql.query<EpisodeRow>(
    `SELECT * FROM (
       SELECT ${episodeColumns}, row_number() OVER (PARTITION BY e.client_id ORDER BY e.started_on DESC, e.id DESC) AS n
       FROM episode e
       WHERE e.client_id = ANY($1::uuid[]) AND ($2::date IS NULL OR (e.started_on, e.id) < ($2::date, $3::uuid))
     ) page WHERE n <= $4 ORDER BY "startedOn" DESC, id DESC`,
    [[...clientIds], after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** A page of sessions for each of many episodes in one query: oldest first (day, recording time, id). */
export function sessionPagesOfEpisodes(
  sql: Sql,
  episodeIds: readonly string[],
  after: SessionKey | null,
  limit: number,
): Promise<PagedSessionRow[]> {
  return sql.query<PagedSessionRow>(
    `SELECT * FROM (
       SELECT ${sessionColumns}, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt",
              row_number() OVER (PARTITION BY s.episode_id ORDER BY s.held_on, s.created_at, s.id) AS n
       FROM fit_session s ${withEpisodeOfSession}
       WHERE s.episode_id = ANY($1::uuid[])
         AND ($2::date IS NULL OR (s.held_on, s.created_at, s.id) > ($2::date, $3::timestamptz, $4::uuid))
     ) page WHERE n <= $5 ORDER BY "heldOn", "createdAt", id`,
    [[...episodeIds], after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
  );
}

export function sessionsById(sql: Sql, ids: readonly string[]): Promise<SessionRow[]> {
  return sql.query<SessionRow>(
    `SELECT ${sessionColumns} FROM fit_session s ${withEpisodeOfSession} WHERE s.id = ANY($1::uuid[])`,
    [[...ids]],
  );
}

/** Closes an episode; returns false when it does not exist. */
export async function closeEpisode(tx: Sql, id: string, endedOn: string, closure: string): Promise<void> {
  await tx.query(`UPDATE episode SET ended_on = $2::date, closure = $3::"EpisodeClosure" WHERE id = $1`, [id, endedOn, closure]);
}
