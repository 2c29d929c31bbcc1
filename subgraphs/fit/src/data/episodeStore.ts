import type { Sql } from "@silta/kernel";
import { episodeColumns, sessionColumns, type EpisodeRow, type SessionRow } from "./rows";

export function episodesById(sql: Sql, ids: readonly string[]): Promise<EpisodeRow[]> {
  return sql.query<EpisodeRow>(`SELECT ${episodeColumns} FROM episode e WHERE e.id = ANY($1::uuid[])`, [[...ids]]);
}

/** Episodes of many clients in one query, newest first. */
export function episodesOfClients(sql: Sql, clientIds: readonly string[]): Promise<EpisodeRow[]> {
  return sql.query<EpisodeRow>(
    `SELECT ${episodeColumns} FROM episode e WHERE e.client_id = ANY($1::uuid[]) ORDER BY e.started_on DESC, e.id`,
    [[...clientIds]],
  );
}

export function sessionsById(sql: Sql, ids: readonly string[]): Promise<SessionRow[]> {
  return sql.query<SessionRow>(`SELECT ${sessionColumns} FROM fit_session s WHERE s.id = ANY($1::uuid[])`, [[...ids]]);
}

/** Sessions of many episodes in one query, oldest first. */
export function sessionsOfEpisodes(sql: Sql, episodeIds: readonly string[]): Promise<SessionRow[]> {
  return sql.query<SessionRow>(
    `SELECT ${sessionColumns} FROM fit_session s WHERE s.episode_id = ANY($1::uuid[]) ORDER BY s.held_on, s.created_at, s.id`,
    [[...episodeIds]],
  );
}

/** Closes an episode; returns false when it does not exist. */
export async function closeEpisode(tx: Sql, id: string, endedOn: string, closure: string): Promise<void> {
  await tx.query(`UPDATE episode SET ended_on = $2::date, closure = $3::"EpisodeClosure" WHERE id = $1`, [id, endedOn, closure]);
}
