import { assertUuid, badUserInput, LocalDate } from "@silta/kernel";
import { contactFields, type ContactFields, type ContactInputLike } from "./contactRules";
import { validateIdentityCode } from "./identityCode";
import { notAfter, optionalText, optionalUuid, requiredText } from "./inputRules";

export interface CreateClientInputLike {
  id?: string | null;
  identityCode?: string | null;
  temporaryIdentifier?: string | null;
  firstName: string;
  lastName: string;
  birthDate?: LocalDate | null;
  language?: string | null;
  controllerOrganizationId: string;
  hasNonDisclosureOrder?: boolean | null;
  contact?: ContactInputLike | null;
}

export interface NewClient extends ContactFields {
  id: string | null;
  /** In clear only in memory: hashed and encrypted before it reaches the database. */
  identityCode: string | null;
  temporaryIdentifier: string | null;
  firstName: string;
  lastName: string;
  birthDate: LocalDate | null;
  language: string;
  controllerOrganizationId: string;
  hasNonDisclosureOrder: boolean;
}

const identityCodeMessages: Record<string, string> = {
  format: "must look like DDMMYYCZZZQ, e.g. 131052-308T (upper case, no spaces)",
  century_sign: "has a century sign that does not exist (use + - Y X W V U A B C D E F)",
  date: "does not contain a real birth date",
  check_character: "has a check character that does not match; check the code for typing errors",
};

/** The identity code, normalised (trimmed, upper case) and validated; the error never contains it. */
export function checkedIdentityCode(field: string, value: string): { code: string; birthDate: LocalDate } {
  const code = value.trim().toUpperCase();
  const validation = validateIdentityCode(code);
  if (!validation.ok)
    throw badUserInput(field, validation.rule, `${field} ${identityCodeMessages[validation.rule] ?? "is not valid"}.`);
  return { code, birthDate: LocalDate.fromDb(validation.birthDate) };
}

export function language(field: string, value: string | null | undefined): string {
  const text = (value ?? "fi").trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(text))
    throw badUserInput(field, "iso_639_1", `${field} must be a two-letter ISO 639-1 code, e.g. fi or sv.`);
  return text;
}

export function personName(field: string, value: string): string {
  return requiredText(field, value, 100);
}

/** Every field of a new client checked before anything is written. */
export function checkNewClient(input: CreateClientInputLike, today: LocalDate): NewClient {
  const id = optionalUuid("input.id", input.id);
  const identity = input.identityCode ? checkedIdentityCode("input.identityCode", input.identityCode) : null;
  const temporaryIdentifier = optionalText("input.temporaryIdentifier", input.temporaryIdentifier, 64);
  if (!identity && !temporaryIdentifier)
    throw badUserInput(
      "input.identityCode",
      "identifier_required",
      "input.identityCode is required, or input.temporaryIdentifier for a person without one.",
    );
  const firstName = personName("input.firstName", input.firstName);
  const lastName = personName("input.lastName", input.lastName);
  let birthDate = input.birthDate ?? null;
  if (identity) {
    if (birthDate && birthDate !== identity.birthDate)
      throw badUserInput(
        "input.birthDate",
        "matches_identity_code",
        "input.birthDate does not agree with the identity code; leave it out.",
      );
    birthDate = identity.birthDate;
  }
  if (birthDate) notAfter("input.birthDate", birthDate, today, "today");
  return {
    id,
    identityCode: identity?.code ?? null,
    temporaryIdentifier,
    firstName,
    lastName,
    birthDate,
    language: language("input.language", input.language),
    controllerOrganizationId: assertUuid("input.controllerOrganizationId", input.controllerOrganizationId),
    hasNonDisclosureOrder: input.hasNonDisclosureOrder ?? false,
    ...contactFields("input.contact", input.contact),
  };
}
