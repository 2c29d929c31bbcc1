import { badUserInput, type LocalDate } from "@silta/kernel";

/** Trimmed, non-empty text of at most `max` characters. */
export function requireText(field: string, value: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed === "") throw badUserInput(field, "required", `${field} must not be empty.`);
  if (trimmed.length > max) throw badUserInput(field, "max_length", `${field} must be at most ${max} characters.`);
  return trimmed;
}

/** Like requireText, but null and blank mean "none". */
export function optionalText(field: string, value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  return requireText(field, value, max);
}

const ROLE_CODE = /^[a-z][a-z_]{1,39}$/;

/**
 * A member's role is a short code (`member`, `coordinator`, `chair`, `responsible_worker` …) rather
 * than free text, so reports can group by it and events can carry it without leaking prose.
 */
export function requireRoleCode(field: string, value: string): string {
  const code = value.trim();
  if (!ROLE_CODE.test(code))
    throw badUserInput(field, "role_code", `${field} must be a short lowercase code such as member, coordinator or chair.`);
  return code;
}

/** No repeated ids in a list; the error names the first repeat's index. */
export function requireDistinct(field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw badUserInput(`${field}[${index}]`, "duplicate", `${field} lists the same id twice.`);
    seen.add(value);
  });
}

/** A day that has happened: today or earlier (days are calendar days, periods inclusive of both ends). */
export function requireNotFuture(field: string, day: LocalDate, today: LocalDate): void {
  if (day > today) throw badUserInput(field, "future", `${field} must not be in the future (today is ${today}).`);
}
