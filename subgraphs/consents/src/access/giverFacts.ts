import type { ConsentsDb } from "../data/db";
import { isUuid } from "./accessFacts";

/** What the projection and the consents say about the person named as a consent's giver, on given days. */
export interface GiverStanding {
  /** The giver was the client's guardian (huoltaja) on every one of the days. */
  guardian: boolean;
  /** An authorisation to act on the client's behalf naming the giver as agent, valid on every one of the days. */
  authorisationId: string | null;
}

/**
 * The guardianship (projected from the clients subgraph's family.guardian_* events) and the
 * authorisations to act on behalf (this subgraph's own ACTING_ON_BEHALF consents) that make
 * `giverId` someone who may give a consent for `clientId` on each of `days`: one statement.
 */
export async function giverStanding(db: ConsentsDb, clientId: string, giverId: string, days: string[]): Promise<GiverStanding> {
  if (!isUuid(clientId) || !isUuid(giverId) || days.length === 0) return { guardian: false, authorisationId: null };
  const [row] = await db.$queryRaw<{ guardian: boolean; authorisation_id: string | null }[]>`SELECT
       NOT EXISTS (SELECT 1 FROM unnest(${days}::date[]) AS d(day)
                   WHERE NOT EXISTS (SELECT 1 FROM access_guardianship g
                                     WHERE g.child_client_id = ${clientId}::uuid AND g.guardian_client_id = ${giverId}::uuid
                                       AND (g.since IS NULL OR g.since <= d.day) AND (g.until IS NULL OR g.until >= d.day)))
         AS guardian,
       (SELECT k.id::text FROM consent k
         WHERE k.client_id = ${clientId}::uuid AND k.kind = 'ACTING_ON_BEHALF' AND k.agent_kind = 'CLIENT'
           AND k.agent_id = ${giverId}::text AND k.revoked_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM unnest(${days}::date[]) AS d(day)
                           WHERE NOT (k.valid_from <= d.day AND (k.valid_until IS NULL OR k.valid_until >= d.day)))
         ORDER BY k.id LIMIT 1) AS authorisation_id`;
  return { guardian: row?.guardian ?? false, authorisationId: row?.authorisation_id ?? null };
}
