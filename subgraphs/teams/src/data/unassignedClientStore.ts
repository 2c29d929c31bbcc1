import { LocalDate } from "@silta/kernel";
import type { PrismaClient } from "./db";

/**
 * Clients some team works with today (optionally one team) who have no current responsible worker,
 * or whose responsible worker is no longer active: one keyset page by client id.
 */
export async function clientsWithoutResponsibleWorker(
  prisma: PrismaClient,
  options: { teamId: string | null; after: string | null; limit: number; today: LocalDate },
): Promise<string[]> {
  const { teamId, after, limit, today } = options;
  const rows = await prisma.$queryRaw<{ clientId: string }[]>`
    SELECT DISTINCT link.client_id AS "clientId"
    FROM team_client AS link
    WHERE link.since <= ${today}::date
      AND (link.until IS NULL OR link.until >= ${today}::date)
      AND (${teamId}::uuid IS NULL OR link.team_id = ${teamId}::uuid)
      AND (${after}::uuid IS NULL OR link.client_id > ${after}::uuid)
      AND NOT EXISTS (
        SELECT 1 FROM responsible_worker AS assignment
        JOIN professional ON professional.id = assignment.professional_id
        WHERE assignment.client_id = link.client_id AND assignment.is_current AND professional.active
      )
    ORDER BY link.client_id
    LIMIT ${limit}`;
  return rows.map((row) => row.clientId);
}
