import { assertUuid, badUserInput } from "@silta/kernel";

/**
 * Edge checks of mutation inputs: each names the input path and the rule it broke, and none echoes
 * the value (it may be personal data).
 */

/** Trimmed text that must not be empty. */
export function requiredText(field: string, value: string, max = 2000): string {
  const text = value.trim();
  if (!text) throw badUserInput(field, "required", `${field} must not be empty: say it in concrete words.`);
  if (text.length > max) throw badUserInput(field, "max_length", `${field} must be at most ${max} characters.`);
  return text;
}

/** Trimmed text or null (an empty string clears). */
export function optionalText(field: string, value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw badUserInput(field, "max_length", `${field} must be at most ${max} characters.`);
  return text || null;
}

export function optionalUuid(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : assertUuid(field, value);
}

/** A service task or service code: lower-case snake_case, e.g. `child_protection`. */
export function code(field: string, value: string): string {
  const text = value.trim();
  if (!/^[a-z][a-z0-9_]{1,63}$/.test(text))
    throw badUserInput(field, "code", `${field} must be a lower-case code such as child_protection.`);
  return text;
}

export function notAfter(field: string, day: string, limit: string, what: string): void {
  if (day > limit) throw badUserInput(field, "not_after", `${field} must not be after ${what}.`);
}
