import { DataCategory } from "@silta/kernel";
import { column, defineDataset } from "@silta/export";

const client = { pseudonym: "client" } as const;
const professional = { pseudonym: "professional" } as const;
const family = { pseudonym: "family" } as const;

/**
 * Asiakkaat: who the clients are, as far as a lake may know: no name, identity code (nor its hash),
 * address or contact details; the year of birth instead of the date; the municipality only when the
 * client has no non-disclosure order (turvakielto), since it locates them.
 */
export const clients = defineDataset({
  name: "clients",
  subgraph: "clients",
  description: "Clients (asiakas), pseudonymised.",
  table: "client",
  alias: "c",
  orderBy: "c.id",
  category: DataCategory.Basic,
  columns: [
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "c.id"),
    column("birth_year", "integer", "Year of birth (never the date).", "extract(year from c.birth_date)::int"),
    column("language", "text", "Language of service (fi, sv, …).", "c.language"),
    column(
      "controller_organization_id",
      "text",
      "The county organisation that is the controller of the record.",
      "c.controller_organization_id",
    ),
    column(
      "municipality_code",
      "text",
      "Municipality code of residence; empty under a non-disclosure order.",
      "CASE WHEN c.has_non_disclosure_order THEN NULL ELSE c.municipality_code END",
    ),
    column(
      "has_non_disclosure_order",
      "boolean",
      "Whether a non-disclosure order (turvakielto) applies.",
      "c.has_non_disclosure_order",
    ),
    column(
      "has_identity_code",
      "boolean",
      "Whether the client has a Finnish identity code (else a temporary identifier).",
      "c.identity_code_hash IS NOT NULL",
    ),
    column("created_at", "timestamp", "When the client was recorded.", "c.created_at"),
    column("updated_at", "timestamp", "When the client was last changed.", "c.updated_at"),
    // A merge writes the duplicate's row, so the increment after it carries the row again with this
    // column set: the lake learns which pseudonym to fold into which, as the hub did.
    column(
      "merged_into_client_pseudonym",
      client,
      "Set when this row was a duplicate registration merged into another client: that client's pseudonym. Count the client once, under that pseudonym.",
      "c.merged_into",
    ),
  ],
});

/** Perheenjäsenet: who belongs to which family, as pseudonyms. */
export const familyMembers = defineDataset({
  name: "family_members",
  subgraph: "clients",
  description: "Family memberships (perheenjäsen).",
  table: "family_member",
  alias: "fm",
  orderBy: "fm.family_id, fm.client_id",
  category: DataCategory.Basic,
  columns: [
    column("family_pseudonym", family, "The family's pseudonym at this destination.", "fm.family_id"),
    column("client_pseudonym", client, "The member's pseudonym.", "fm.client_id"),
    column("relation", "text", "GUARDIAN, PARENT, CHILD, SIBLING, SPOUSE or OTHER.", "fm.relation"),
  ],
});

/** Huoltajuudet: guardianships between two clients. */
export const guardianships = defineDataset({
  name: "guardianships",
  subgraph: "clients",
  description: "Guardianships (huoltajuus) between clients.",
  table: "guardianship",
  alias: "g",
  orderBy: "g.id",
  category: DataCategory.Basic,
  columns: [
    column("guardianship_id", "text", "Guardianship id.", "g.id"),
    column("child_client_pseudonym", client, "The child's pseudonym.", "g.child_client_id"),
    column("guardian_client_pseudonym", client, "The guardian's pseudonym.", "g.guardian_client_id"),
    // Years only: a guardianship of a child begins at birth and ends at 18, so its days are a birth date.
    column(
      "since_year",
      "integer",
      "Year it began (never the day: that is often the child's birth date).",
      "extract(year from g.since)::int",
    ),
    column("until_year", "integer", "Year it ended, empty while in force.", "extract(year from g.until)::int"),
  ],
});

/** Asiakkuudet: a client's relationships with organisations (service tasks). */
export const clientRelationships = defineDataset({
  name: "client_relationships",
  subgraph: "clients",
  description: "Client relationships (asiakkuus) with an organisation for a service task.",
  table: "client_relationship",
  alias: "r",
  orderBy: "r.id",
  category: DataCategory.Basic,
  columns: [
    column("relationship_id", "text", "Relationship id.", "r.id"),
    column("client_pseudonym", client, "The client's pseudonym.", "r.client_id"),
    column("organization_id", "text", "Organisation id (teams subgraph).", "r.organization_id"),
    column("service_task", "text", "Service task code.", "r.service_task"),
    column("since", "date", "First day.", "r.since"),
    column("until", "date", "Last day, empty while open.", "r.until"),
    column("created_at", "timestamp", "When it was recorded.", "r.created_at"),
  ],
});

/** Huolet: concerns and how they were handled, without the description or the closing note. */
export const concerns = defineDataset({
  name: "concerns",
  subgraph: "clients",
  description: "Concerns (huoli) raised about a client or a family.",
  table: "concern",
  alias: "k",
  orderBy: "k.id",
  category: DataCategory.Concerns,
  columns: [
    column("concern_id", "text", "Concern id.", "k.id"),
    column("client_pseudonym", client, "The client's pseudonym, empty for a family's concern.", "k.client_id"),
    column("family_pseudonym", family, "The family's pseudonym, empty for a client's concern.", "k.family_id"),
    column(
      "raised_by_professional_pseudonym",
      professional,
      "Who raised it, when a professional.",
      "k.raised_by_professional_id",
    ),
    column("raised_by_client", "boolean", "Whether a client (or family member) raised it.", "k.raised_by_client_id IS NOT NULL"),
    column("raised_on", "date", "Day it was raised.", "k.raised_on"),
    column("raised_at", "timestamp", "When it was recorded.", "k.raised_at"),
    column("service", "text", "Service code.", "k.service"),
    column("deadline_rule_code", "text", "The statutory deadline rule that applied.", "k.deadline_rule_code"),
    column("deadline", "date", "Reaction deadline.", "k.deadline"),
    column("organization_id", "text", "Organisation id.", "k.organization_id"),
    column("team_id", "text", "Team id.", "k.team_id"),
    column("responsible_professional_pseudonym", professional, "Responsible professional.", "k.responsible_professional_id"),
    column("status", "text", "RAISED, REACTED or CLOSED.", "k.status"),
    column("meeting_on", "date", "Day of the meeting that reacted.", "k.meeting_on"),
    column("reacted_at", "timestamp", "When the reaction was recorded.", "k.reacted_at"),
    column("closed_at", "timestamp", "When it was closed.", "k.closed_at"),
  ],
});

/** Palvelusuunnitelman sopimukset: agreements of a service plan, without their free text. */
export const servicePlanAgreements = defineDataset({
  name: "service_plan_agreements",
  subgraph: "clients",
  description: "Agreements (sopimus) of a service plan (palvelusuunnitelma), without free text.",
  table: "agreement",
  alias: "a",
  // A plan's client or family never changes, so joining it does not weaken the change tracking.
  joins: "JOIN service_plan p ON p.id = a.plan_id",
  orderBy: "a.id",
  category: DataCategory.ServicePlan,
  columns: [
    column("agreement_id", "text", "Agreement id.", "a.id"),
    column("plan_id", "text", "Service plan id.", "a.plan_id"),
    column("client_pseudonym", client, "The plan's client, empty for a family's plan.", "p.client_id"),
    column("family_pseudonym", family, "The plan's family, empty for a client's plan.", "p.family_id"),
    column("responsible_professional_pseudonym", professional, "Responsible professional.", "a.responsible_professional_id"),
    column("responsible_client_pseudonym", client, "Responsible client (or family member).", "a.responsible_client_id"),
    column("due_on", "date", "Due day.", "a.due_on"),
    column("status", "text", "OPEN, DONE, NOT_DONE or CHANGED.", "a.status"),
    column("created_at", "timestamp", "When it was recorded.", "a.created_at"),
  ],
});

/** The clients subgraph's data lake datasets, in documentation order. */
export const clientsDatasets = [clients, familyMembers, guardianships, clientRelationships, concerns, servicePlanAgreements];
