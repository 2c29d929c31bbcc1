import { ACCESS_LOG_CATEGORY, type AccessDecision, type AccessRequest, type Viewer } from "@silta/kernel";
import { decideGrantForProfessional, INTAKE_ROLE, isBrandNewFor } from "./grantRules";

/** Roles that see aggregates only: person-level data is refused to them (tiedolla johtaminen). */
export const AGGREGATE_ONLY_ROLES = ["reporting", "manager"] as const;
/** The role that may read the access log of any client (tietosuojavastaava). */
export const DATA_PROTECTION_OFFICER = "data_protection_officer";

/** What the projection says about one client, as seen from one professional. */
export interface ClientRelationFacts {
  /** The professional is the client's responsible worker (vastuutyöntekijä). */
  responsibleWorker: boolean;
  /** A team the professional is an active member of and that works with the client. */
  teamId: string | null;
  /** An active client relationship (asiakassuhde) of the professional's own organisation. */
  relationshipId: string | null;
  controllerOrganizationId: string | null;
  /** The projection knows the client (their record, or anyone's work with them). */
  known: boolean;
  /** Who created the client's record (the actor of client.created), when known. */
  createdBy: string | null;
  /** Any organisation, team or responsible worker has ever worked with the client (any period). */
  workedWith: boolean;
}

/** A consent, or a statutory basis, that lets data go to the professional's organisation or team. */
export interface DisclosureGrant {
  kind: "consent" | "statutory_basis";
  id: string;
  /** Lower-case data categories it covers (`service_plan`). */
  categories: string[];
}

/** A ban (kielto) against the professional's organisation; no categories means every category. */
export interface BanFact {
  id: string;
  categories: string[];
  /** A ban of one service task's data (kind SERVICE_TASK); null for bans of categories or to an organisation. */
  serviceTask: string | null;
}

/**
 * Whether a ban covers the request: its categories (all when none), and for a service-task ban the
 * data of that task. Data not tagged by service task cannot be shown to be outside the banned task,
 * so a service-task ban covers it too (fail closed); data of another task it does not.
 */
export function banCovers(ban: BanFact, request: AccessRequest): boolean {
  if (ban.categories.length > 0 && !ban.categories.includes(request.category)) return false;
  return ban.serviceTask === null || request.serviceTask === undefined || request.serviceTask === ban.serviceTask;
}

export interface ProfessionalFacts {
  /** The professional's organisation belongs to the county (the controller, rekisterinpitäjä). */
  organizationIsCounty: boolean;
  relations: ReadonlyMap<string, ClientRelationFacts>;
  grants: ReadonlyMap<string, DisclosureGrant[]>;
  bans: ReadonlyMap<string, BanFact[]>;
}

const deny = (basis: string): AccessDecision => ({ allowed: false, basis });

/**
 * Act 703/2023 for a professional: a client relationship first (responsible worker, member of a
 * team working with the client, or an active client relationship in their own organisation); from
 * outside the controller also a lawful disclosure: a statutory basis, or a consent that covers the
 * category and is not overridden by a ban. A ban wins over a consent, not over a statutory basis.
 */
export function decideForProfessional(viewer: Viewer, request: AccessRequest, facts: ProfessionalFacts): AccessDecision {
  // The access log is no data of the client's work: no relationship or consent opens it, only the
  // data protection officer's role (and only to read it).
  if (request.category === ACCESS_LOG_CATEGORY)
    return request.action === "read" && viewer.roles.includes(DATA_PROTECTION_OFFICER)
      ? { allowed: true, basis: DATA_PROTECTION_OFFICER }
      : deny("not_own_data");
  // Child Welfare Act 417/2007, 25 §: every professional must notify child protection of a concern
  // about a child, with no relationship and no consent; it lets them see their own notice, no more.
  if (request.action === "notify")
    return request.category === "concerns" ? { allowed: true, basis: "child_welfare_notice" } : deny("not_a_notice");
  if (AGGREGATE_ONLY_ROLES.some((role) => viewer.roles.includes(role))) return deny("aggregates_only");
  if (request.action === "keep_register") return decideRegisterKeeping(viewer, request, facts);
  if (request.action === "grant") return decideGrantForProfessional(viewer, request, facts);
  const relation = facts.relations.get(request.clientId);
  if (!relation || (!relation.responsibleWorker && !relation.teamId && !relation.relationshipId)) {
    // Someone has to create a new client: a professional of the county may create the basic record
    // of a client nobody has on record yet, and (as its creator) re-send that create.
    if (request.action === "create" && request.category === "basic" && facts.organizationIsCounty) {
      if (isBrandNewFor(viewer, relation)) return { allowed: true, basis: "establishing_client_relationship" };
    }
    return deny("no_client_relationship");
  }
  const basisOfRelation: AccessDecision = relation.responsibleWorker
    ? { allowed: true, basis: "responsible_worker", teamId: relation.teamId, relationshipId: relation.relationshipId }
    : relation.teamId
      ? { allowed: true, basis: "team_member", teamId: relation.teamId, relationshipId: relation.relationshipId }
      : { allowed: true, basis: "client_relationship", relationshipId: relation.relationshipId };
  const inside =
    facts.organizationIsCounty ||
    (viewer.organizationId !== undefined && relation.controllerOrganizationId === viewer.organizationId);
  if (inside) return basisOfRelation;

  const grants = (facts.grants.get(request.clientId) ?? []).filter((grant) => grant.categories.includes(request.category));
  const statutory = grants.find((grant) => grant.kind === "statutory_basis");
  if (statutory) return { ...basisOfRelation, basis: "statutory_basis", statutoryBasisId: statutory.id };
  const ban = (facts.bans.get(request.clientId) ?? []).find((candidate) => banCovers(candidate, request));
  const consent = grants.find((grant) => grant.kind === "consent");
  if (ban) return { ...deny("ban"), consentId: consent?.id ?? null };
  if (!consent) return deny("no_consent");
  return { ...basisOfRelation, basis: "consent", consentId: consent.id };
}

/**
 * The register keeper (rekisterinpitäjän edustaja) sees which records are one person (the duplicate
 * registrations queue): the `intake` role, in a county organisation or the client's controller, for
 * `basic` only. No relationship is needed (keeping the register is no work with the client), and the
 * decision opens no field of the client: only that the record is one of a duplicate pair.
 */
function decideRegisterKeeping(viewer: Viewer, request: AccessRequest, facts: ProfessionalFacts): AccessDecision {
  if (request.category !== "basic" || !viewer.roles.includes(INTAKE_ROLE)) return deny("not_register_keeper");
  const controller = facts.relations.get(request.clientId)?.controllerOrganizationId ?? null;
  const inside = facts.organizationIsCounty || (viewer.organizationId !== undefined && controller === viewer.organizationId);
  return inside ? { allowed: true, basis: "register_keeper" } : deny("outside_controller");
}

export interface ClientViewerFacts {
  /** Children the viewer is an active guardian of (huoltaja). */
  wards: ReadonlySet<string>;
  /** Active authorisations to act on behalf (puolesta asiointi) naming the viewer as the agent, per client. */
  authorisations: ReadonlyMap<string, DisclosureGrant[]>;
}

/** A client sees their own data; a guardian their minor child's; an agent what the authorisation covers. */
export function decideForClient(viewer: Viewer, request: AccessRequest, facts: ClientViewerFacts): AccessDecision {
  if (request.action === "notify" || request.action === "keep_register") return deny("professionals_only");
  if (viewer.id === request.clientId) return { allowed: true, basis: "self" };
  if (facts.wards.has(request.clientId)) return { allowed: true, basis: "guardian" };
  // An authorisation to act on behalf never covers who read the client's data.
  if (request.category === ACCESS_LOG_CATEGORY) return deny("not_own_data");
  const authorisation = (facts.authorisations.get(request.clientId) ?? []).find((grant) =>
    grant.categories.includes(request.category),
  );
  // An authorisation lets the agent see and do what it names; it does not let them hand access on.
  if (authorisation && request.action !== "grant")
    return { allowed: true, basis: "acting_on_behalf", consentId: authorisation.id };
  return deny("not_own_data");
}

/** An integration sees only the categories its scopes name (`fit:read`, or `clients:read` for all). */
export function decideForSystem(viewer: Viewer, request: AccessRequest): AccessDecision {
  // No scope reads a client's access log: it is the client's (and their data protection officer's).
  if (request.category === ACCESS_LOG_CATEGORY) return deny("not_own_data");
  const verb = request.action === "read" ? "read" : "write";
  const scoped = viewer.scopes.includes(`clients:${verb}`) || viewer.scopes.includes(`${request.category}:${verb}`);
  return scoped ? { allowed: true, basis: "system_scope" } : deny("scope_missing");
}
