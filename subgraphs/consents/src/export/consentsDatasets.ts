import { DataCategory } from "@silta/kernel";
import { column, defineDataset } from "@silta/export";

const client = { pseudonym: "client" } as const;

/** Suostumukset: consents, without the stated purpose or the evidence reference (free text). */
export const consents = defineDataset({
  name: "consents",
  subgraph: "consents",
  description: "Consents (suostumus) to share a client's data.",
  table: "consent",
  alias: "c",
  orderBy: "c.id",
  category: DataCategory.Consents,
  columns: [
    column("consent_id", "text", "Consent id.", "c.id"),
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "c.client_id"),
    column("kind", "text", "SHARING or ACTING_ON_BEHALF.", "c.kind"),
    column("categories", "list", "Data categories covered.", "c.categories::text[]"),
    column(
      "recipient_organization_ids",
      "list",
      "Recipient organisations.",
      "CASE WHEN c.recipient_organization_id IS NULL THEN c.recipient_organization_ids::text[] ELSE array_append(c.recipient_organization_ids::text[], c.recipient_organization_id::text) END",
    ),
    column("recipient_team_ids", "list", "Recipient teams.", "c.recipient_team_ids::text[]"),
    column("form", "text", "WRITTEN, ELECTRONIC or ORAL.", "c.form"),
    column("given_by", "text", "CLIENT, GUARDIAN or LEGAL_GUARDIAN.", "c.given_by"),
    column("valid_from", "date", "First day of validity.", "c.valid_from"),
    column("valid_until", "date", "Last day, empty when open-ended.", "c.valid_until"),
    column("given_at", "timestamp", "When it was given.", "c.given_at"),
    column("revoked_at", "timestamp", "When it was revoked, empty while in force.", "c.revoked_at"),
  ],
});

/** Kiellot: bans, without the reason (free text). */
export const bans = defineDataset({
  name: "bans",
  subgraph: "consents",
  description: "Bans (kielto) on disclosing a client's data.",
  table: "ban",
  alias: "b",
  orderBy: "b.id",
  category: DataCategory.Consents,
  columns: [
    column("ban_id", "text", "Ban id.", "b.id"),
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "b.client_id"),
    column("kind", "text", "CATEGORY, SERVICE_TASK or ORGANIZATION.", "b.kind"),
    column("categories", "list", "Data categories banned.", "b.categories::text[]"),
    column("service_task", "text", "Service task banned.", "b.service_task"),
    column("organization_id", "text", "Organisation banned.", "b.organization_id"),
    column("valid_from", "date", "First day.", "b.valid_from"),
    column("valid_until", "date", "Last day, empty when open-ended.", "b.valid_until"),
    column("given_at", "timestamp", "When it was given.", "b.given_at"),
    column("lifted_at", "timestamp", "When it was lifted, empty while in force.", "b.lifted_at"),
  ],
});

/** The consents subgraph's data lake datasets, in documentation order. */
export const consentsDatasets = [consents, bans];
