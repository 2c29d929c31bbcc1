import { assertUuid, badUserInput, LocalDate } from "@silta/kernel";
import type { RecordBanInput, RecordConsentInput, RecordStatutoryBasisInput } from "../graphql/types.generated";

const MAX_TEXT = 500;

function text(field: string, value: string | null | undefined, required: boolean): string | null {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) {
    if (required) throw badUserInput(field, "required", `${field} is required.`);
    return null;
  }
  if (trimmed.length > MAX_TEXT) throw badUserInput(field, "too_long", `${field} must be at most ${MAX_TEXT} characters.`);
  return trimmed;
}

function period(
  prefix: string,
  from: LocalDate,
  validUntil: LocalDate | null | undefined,
): { validFrom: LocalDate; validUntil: LocalDate | null } {
  const until = validUntil ?? null;
  if (until !== null && until < from)
    throw badUserInput(
      `${prefix}.validUntil`,
      "before_start",
      "validUntil is the last valid day and cannot be before validFrom.",
    );
  return { validFrom: from, validUntil: until };
}

function ids(field: string, values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((value, index) => assertUuid(`${field}[${index}]`, value)))];
}

export interface ConsentDraft {
  id: string | null;
  clientId: string;
  kind: "SHARING" | "ACTING_ON_BEHALF";
  givenBy: "CLIENT" | "GUARDIAN" | "LEGAL_GUARDIAN";
  givenByClientId: string | null;
  recipientOrganizationIds: string[];
  recipientTeamIds: string[];
  categories: string[];
  purpose: string;
  form: "WRITTEN" | "ELECTRONIC" | "ORAL";
  evidenceReference: string | null;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
  givenAt: Date;
  agentId: string | null;
  agentKind: "CLIENT" | "PROFESSIONAL" | null;
  allowedActions: string[];
}

/** Every field of a consent checked before anything is written; the first broken rule is reported. */
export function validateConsentInput(input: RecordConsentInput, now: Date): ConsentDraft {
  const kind = input.kind ?? "SHARING";
  const givenBy = input.givenBy ?? "CLIENT";
  const draft: ConsentDraft = {
    id: input.id ? assertUuid("input.id", input.id) : null,
    clientId: assertUuid("input.clientId", input.clientId),
    kind,
    givenBy,
    givenByClientId: input.givenByClientId ? assertUuid("input.givenByClientId", input.givenByClientId) : null,
    recipientOrganizationIds: ids("input.recipientOrganizationIds", input.recipientOrganizationIds),
    recipientTeamIds: ids("input.recipientTeamIds", input.recipientTeamIds),
    categories: [...new Set(input.categories)],
    purpose: text("input.purpose", input.purpose, true)!,
    form: input.form,
    evidenceReference: text("input.evidenceReference", input.evidenceReference, false),
    ...period("input", input.validFrom, input.validUntil),
    givenAt: input.givenAt ? new Date(String(input.givenAt instanceof Date ? input.givenAt.toISOString() : input.givenAt)) : now,
    agentId: input.agentId ? text("input.agentId", input.agentId, true) : null,
    agentKind: input.agentKind ?? null,
    allowedActions: [...new Set(input.allowedActions ?? [])],
  };
  if (Number.isNaN(draft.givenAt.getTime()) || draft.givenAt.getTime() > now.getTime() + 60_000)
    throw badUserInput("input.givenAt", "in_future", "givenAt cannot be in the future.");
  if (givenBy !== "CLIENT" && !draft.givenByClientId)
    throw badUserInput(
      "input.givenByClientId",
      "required",
      "A consent given by a guardian names the guardian (givenByClientId).",
    );
  if (givenBy === "CLIENT" && draft.givenByClientId && draft.givenByClientId !== draft.clientId)
    throw badUserInput("input.givenByClientId", "not_the_client", "A consent given by the client names no other giver.");
  if (draft.categories.length === 0) throw badUserInput("input.categories", "required", "Name at least one data category.");
  if (draft.form !== "ORAL" && !draft.evidenceReference)
    throw badUserInput(
      "input.evidenceReference",
      "required",
      "A written or electronic consent needs a reference to its document (evidenceReference).",
    );
  if (kind === "SHARING") {
    if (draft.recipientOrganizationIds.length + draft.recipientTeamIds.length === 0)
      throw badUserInput(
        "input.recipientOrganizationIds",
        "required",
        "A consent to share names at least one organisation or team.",
      );
    if (draft.agentId || draft.allowedActions.length > 0)
      throw badUserInput(
        "input.agentId",
        "not_for_sharing",
        "Only an authorisation to act on behalf names an agent and actions.",
      );
  } else {
    if (!draft.agentId || !draft.agentKind)
      throw badUserInput(
        "input.agentId",
        "required",
        "An authorisation to act on behalf names the person who may act (agentId, agentKind).",
      );
    if (draft.agentKind === "CLIENT" || draft.agentKind === "PROFESSIONAL") assertUuid("input.agentId", draft.agentId);
    if (draft.agentId === draft.clientId)
      throw badUserInput("input.agentId", "self", "A client cannot be authorised to act on their own behalf.");
    if (draft.allowedActions.length === 0)
      throw badUserInput("input.allowedActions", "required", "An authorisation to act on behalf names the actions allowed.");
    if (!draft.validUntil)
      throw badUserInput("input.validUntil", "required", "An authorisation to act on behalf names its period: give validUntil.");
    if (draft.recipientOrganizationIds.length + draft.recipientTeamIds.length > 0)
      throw badUserInput(
        "input.recipientOrganizationIds",
        "not_for_authorisation",
        "An authorisation to act on behalf has no recipients.",
      );
  }
  return draft;
}

export interface BanDraft {
  id: string | null;
  clientId: string;
  kind: "CATEGORY" | "SERVICE_TASK" | "ORGANIZATION";
  categories: string[];
  serviceTask: string | null;
  organizationId: string | null;
  reason: string | null;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
}

export function validateBanInput(input: RecordBanInput, today: LocalDate): BanDraft {
  const draft: BanDraft = {
    id: input.id ? assertUuid("input.id", input.id) : null,
    clientId: assertUuid("input.clientId", input.clientId),
    kind: input.kind,
    categories: [...new Set(input.categories ?? [])],
    serviceTask: text("input.serviceTask", input.serviceTask, input.kind === "SERVICE_TASK"),
    organizationId: input.organizationId ? assertUuid("input.organizationId", input.organizationId) : null,
    reason: text("input.reason", input.reason, false),
    ...period("input", input.validFrom ?? today, input.validUntil),
  };
  if (draft.kind === "CATEGORY" && draft.categories.length === 0)
    throw badUserInput("input.categories", "required", "A ban of data categories names at least one category.");
  if (draft.kind === "ORGANIZATION" && !draft.organizationId)
    throw badUserInput("input.organizationId", "required", "A ban on an organisation names the organisation.");
  if (draft.kind !== "ORGANIZATION" && draft.organizationId)
    throw badUserInput("input.organizationId", "not_for_kind", "Only a ban of kind ORGANIZATION names an organisation.");
  if (draft.kind !== "SERVICE_TASK" && draft.serviceTask)
    throw badUserInput("input.serviceTask", "not_for_kind", "Only a ban of kind SERVICE_TASK names a service task.");
  return draft;
}

export interface StatutoryBasisDraft {
  id: string | null;
  clientId: string;
  recipientOrganizationId: string;
  categories: string[];
  legalReference: string;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
}

export function validateStatutoryBasisInput(input: RecordStatutoryBasisInput): StatutoryBasisDraft {
  const draft: StatutoryBasisDraft = {
    id: input.id ? assertUuid("input.id", input.id) : null,
    clientId: assertUuid("input.clientId", input.clientId),
    recipientOrganizationId: assertUuid("input.recipientOrganizationId", input.recipientOrganizationId),
    categories: [...new Set(input.categories)],
    legalReference: text("input.legalReference", input.legalReference, true)!,
    ...period("input", input.validFrom, input.validUntil),
  };
  if (draft.categories.length === 0) throw badUserInput("input.categories", "required", "Name at least one data category.");
  return draft;
}
