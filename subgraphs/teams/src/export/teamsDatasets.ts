import { DataCategory } from "@silta/kernel";
import { column, defineDataset } from "@silta/export";

const professional = { pseudonym: "professional" } as const;

/** Organisaatiot: not personal data, exported as they are. */
export const organizations = defineDataset({
  name: "organizations",
  subgraph: "teams",
  description: "Organisations (organisaatio).",
  table: "organization",
  alias: "o",
  orderBy: "o.id",
  category: null,
  columns: [
    column("organization_id", "text", "Organisation id.", "o.id"),
    column("name", "text", "Organisation name.", "o.name"),
    column("type", "text", "Organisation type, e.g. COUNTY_SOCIAL_SERVICES, NGO.", "o.type"),
    column("business_id", "text", "Finnish business id (Y-tunnus).", "o.business_id"),
    column("is_county_organization", "boolean", "Whether it belongs to the county.", "o.is_county_organization"),
  ],
});

/** Ammattilaiset: professionals are people too, so pseudonymised and without names. */
export const professionals = defineDataset({
  name: "professionals",
  subgraph: "teams",
  description: "Professionals (ammattilainen), pseudonymised.",
  table: "professional",
  alias: "p",
  orderBy: "p.id",
  category: null,
  columns: [
    column("professional_pseudonym", professional, "The professional's pseudonym at this destination.", "p.id"),
    column("profession", "text", "Profession, e.g. social_worker.", "p.profession"),
    column("organization_id", "text", "Organisation id.", "p.organization_id"),
    column("unit", "text", "Unit.", "p.unit"),
    column("active", "boolean", "Whether still active.", "p.active"),
  ],
});

/** Tiimit: a client team's name may name the client, so only other teams keep their name. */
export const teams = defineDataset({
  name: "teams",
  subgraph: "teams",
  description: "Teams (tiimi).",
  table: "team",
  alias: "t",
  orderBy: "t.id",
  category: null,
  columns: [
    column("team_id", "text", "Team id.", "t.id"),
    column("name", "text", "Team name; empty for client teams.", "CASE WHEN t.kind = 'CLIENT_TEAM' THEN NULL ELSE t.name END"),
    column("kind", "text", "CLIENT_TEAM, AREA_TEAM, FAMILY_CENTRE_TEAM, STEERING_GROUP, …", "t.kind"),
  ],
});

/** Tiimijäsenyydet. */
export const memberships = defineDataset({
  name: "team_memberships",
  subgraph: "teams",
  description: "Team memberships (tiimijäsenyys) of professionals.",
  table: "team_membership",
  alias: "m",
  orderBy: "m.id",
  category: null,
  columns: [
    column("membership_id", "text", "Membership id.", "m.id"),
    column("team_id", "text", "Team id.", "m.team_id"),
    column("professional_pseudonym", professional, "The member's pseudonym.", "m.professional_id"),
    column("role", "text", "Role in the team.", "m.role"),
    column("since", "date", "First day.", "m.since"),
    column("until", "date", "Last day, empty while a member.", "m.until"),
  ],
});

/** The teams subgraph's data lake datasets, in documentation order. */
export const teamsDatasets = [organizations, professionals, teams, memberships];
