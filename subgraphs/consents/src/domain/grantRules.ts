import type { AccessDecision, AccessRequest, Viewer } from "@silta/kernel";
import type { ClientRelationFacts, ProfessionalFacts } from "./accessRules";

/**
 * The role of a professional who receives new clients for their organisation (asiakasohjaus,
 * vastaanotto): they may open a client relationship of their own organisation for a client already
 * on record, when that organisation is the client's controller. Logged with basis `intake`.
 */
export const INTAKE_ROLE = "intake";

const deny = (basis: string): AccessDecision => ({ allowed: false, basis });

/**
 * Whether the client is brand new as seen by this viewer: nobody has them on record yet (the create
 * itself, or the moment before the projection learns of a client just created), or the viewer
 * created the record and nobody has worked with the client since. Opening the first relationship of
 * such a client teaches its creator nothing they did not type in themselves.
 */
export function isBrandNewFor(viewer: Viewer, relation: ClientRelationFacts | undefined): boolean {
  if (!relation || !relation.known) return true;
  return relation.createdBy === viewer.id && !relation.workedWith;
}

/**
 * Who may create, change or end a fact that grants access to a client (action `grant`): a
 * professional of the county or of the client's controller, never of an organisation outside it (it
 * would grant itself a disclosure), and only for their own organisation. Beyond that, per fact
 * (the request's category):
 *
 * - `basic` (client relationships, guardianship): a basis on the client already (responsible
 *   worker, an active relationship of their own organisation, membership of a team working with
 *   the client); or a brand-new client (see {@link isBrandNewFor}); or the `intake` role in the
 *   client's controller organisation.
 * - `team` (team links, the responsible worker): a basis on the client already.
 * - `consents` (consents, bans, statutory bases): the responsible worker, or an active client
 *   relationship of their own organisation: whoever carries the client's case documents the
 *   client's will. Team membership alone does not.
 */
export function decideGrantForProfessional(viewer: Viewer, request: AccessRequest, facts: ProfessionalFacts): AccessDecision {
  if (request.grantedOrganizationId !== undefined && request.grantedOrganizationId !== viewer.organizationId)
    return deny("not_own_organization");
  const relation = facts.relations.get(request.clientId);
  const controller = relation?.controllerOrganizationId ?? null;
  const inside = facts.organizationIsCounty || (viewer.organizationId !== undefined && controller === viewer.organizationId);
  if (!inside) return deny("outside_controller");
  if (relation?.responsibleWorker)
    return { allowed: true, basis: "responsible_worker", teamId: relation.teamId, relationshipId: relation.relationshipId };
  if (relation?.relationshipId) return { allowed: true, basis: "client_relationship", relationshipId: relation.relationshipId };
  if (relation?.teamId && request.category !== "consents")
    return { allowed: true, basis: "team_member", teamId: relation.teamId };
  if (request.category === "basic") {
    if (viewer.roles.includes(INTAKE_ROLE) && controller !== null && controller === viewer.organizationId)
      return { allowed: true, basis: "intake" };
    if (isBrandNewFor(viewer, relation)) return { allowed: true, basis: "establishing_client_relationship" };
  }
  return deny(relation?.teamId ? "team_member_only" : "no_client_relationship");
}
