import { badUserInput } from "@silta/kernel";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;
const FORMAT = /^(\d{7})-(\d)$/;

/**
 * Y-tunnus: seven digits, a hyphen and a check digit. The check digit is 11 minus the weighted sum
 * (weights 7, 9, 10, 5, 8, 4, 2) mod 11; a remainder of 0 gives 0, and a remainder of 1 is never
 * issued. Older ids with six digits are written with a leading zero.
 */
export function businessIdCheckDigit(digits: string): number | null {
  const remainder = WEIGHTS.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0) % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** Returns the business id in its canonical form (`1234567-1`), or throws BAD_USER_INPUT naming `field`. */
export function parseBusinessId(field: string, value: string): string {
  const trimmed = value.trim();
  const padded = /^\d{6}-\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
  const match = FORMAT.exec(padded);
  if (!match) throw badUserInput(field, "format", `${field} must be a business id (y-tunnus) such as 0246246-0.`);
  const expected = businessIdCheckDigit(match[1]!);
  if (expected === null || expected !== Number(match[2]))
    throw badUserInput(field, "check_digit", `${field} has a wrong check digit: check the business id (y-tunnus) for a typo.`);
  return padded;
}
