import type { LocalDate } from "@silta/kernel";
import type { FitDb } from "./db";

export interface AlertRow {
  clientId: string;
  episodeId: string;
  sessionId: string;
  heldOn: LocalDate;
  srsAlert: boolean;
  reliableDeterioration: boolean;
}

/**
 * The open episodes a professional owns or holds sessions in, whose latest session (with any score)
 * has an SRS alert or a reliable deterioration; one statement.
 */
export function alertsOfProfessional(db: FitDb, professionalId: string): Promise<AlertRow[]> {
  return db.$queryRaw<AlertRow[]>`WITH mine AS (
       SELECT e.id FROM episode e WHERE e.ended_on IS NULL AND e.owner_professional_id = ${professionalId}
       UNION
       SELECT s.episode_id FROM fit_session s JOIN episode e ON e.id = s.episode_id
       WHERE e.ended_on IS NULL AND s.professional_id = ${professionalId}
     ), latest AS (
       SELECT DISTINCT ON (s.episode_id) s.episode_id, s.id, s.held_on
       FROM fit_session s
       WHERE s.episode_id IN (SELECT id FROM mine)
         AND EXISTS (SELECT 1 FROM measurement m WHERE m.session_id = s.id AND m.total IS NOT NULL)
       ORDER BY s.episode_id, s.held_on DESC, s.created_at DESC, s.id DESC
     )
     SELECT e.client_id AS "clientId", l.episode_id AS "episodeId", l.id AS "sessionId", l.held_on::text AS "heldOn",
            coalesce(bool_or(m.srs_alert), false) AS "srsAlert",
            coalesce(bool_or(m.reliable_change = 'DETERIORATED'), false) AS "reliableDeterioration"
     FROM latest l JOIN episode e ON e.id = l.episode_id JOIN measurement m ON m.session_id = l.id
     GROUP BY e.client_id, l.episode_id, l.id, l.held_on
     HAVING bool_or(m.srs_alert) OR bool_or(m.reliable_change = 'DETERIORATED')
     ORDER BY l.held_on DESC, l.episode_id`;
}
