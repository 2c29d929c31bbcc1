import { createHmac } from "node:crypto";

/**
 * The Finnish personal identity code (henkilötunnus): `DDMMYY C ZZZ Q`, that is the birth date, the
 * century sign, the individual number and the check character (see docs: DOMAIN.md).
 *
 * The code is personal data: never log it, export it, or put it in a URL, cache key or error
 * message. Look clients up by {@link hashIdentityCode} instead.
 */

/** Why a code was refused, in the order the rules are checked. */
export type IdentityCodeRule = "format" | "century_sign" | "date" | "check_character";

export type IdentityCodeValidation =
  | {
      ok: true;
      /** Midnight UTC of the birth date. */
      birthDate: Date;
      /** Individual numbers 900–999 are temporary or test codes, never a real person's permanent code. */
      isTemporary: boolean;
    }
  | { ok: false; rule: IdentityCodeRule };

/** The century each sign stands for; the extra signs came with the 2023 reform. */
const centuryBySign: Readonly<Record<string, number>> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The sign a generated code uses per century: the traditional one. */
const primarySignByCentury: Readonly<Record<number, string>> = { 1800: "+", 1900: "-", 2000: "A" };

const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** Upper case only: callers that accept looser input trim and upper-case it first. */
const shape = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Z])$/;

export const FIRST_TEMPORARY_INDIVIDUAL_NUMBER = 900;

export function validateIdentityCode(code: string): IdentityCodeValidation {
  const match = shape.exec(code);
  if (!match) return { ok: false, rule: "format" };
  const [, day, month, year, sign, individual, check] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const century = centuryBySign[sign];
  if (century === undefined) return { ok: false, rule: "century_sign" };
  const birthDate = utcDate(century + Number(year), Number(month), Number(day));
  if (!birthDate) return { ok: false, rule: "date" };
  if (checkCharacter(`${day}${month}${year}${individual}`) !== check) return { ok: false, rule: "check_character" };
  return { ok: true, birthDate, isTemporary: Number(individual) >= FIRST_TEMPORARY_INDIVIDUAL_NUMBER };
}

/** The check character of `DDMMYYZZZ`: the nine digits as one integer, mod 31, looked up in the check alphabet. */
export function checkCharacter(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError("checkCharacter takes exactly nine digits (DDMMYYZZZ)");
  return CHECK_CHARACTERS.charAt(Number(nineDigits) % 31);
}

/**
 * A valid temporary (test) code for a birth date (its UTC calendar day) and an individual number
 * of 900–999, with the traditional century sign. Codes in this range are never a real person's.
 */
export function generateTestIdentityCode(birthDate: Date, individualNumber: number): string {
  if (!Number.isInteger(individualNumber) || individualNumber < FIRST_TEMPORARY_INDIVIDUAL_NUMBER || individualNumber > 999) {
    throw new RangeError("a test identity code needs an individual number from 900 to 999");
  }
  const year = birthDate.getUTCFullYear();
  const sign = primarySignByCentury[Math.floor(year / 100) * 100];
  if (sign === undefined) throw new RangeError("identity codes cover birth years 1800–2099");
  const digits = [birthDate.getUTCDate(), birthDate.getUTCMonth() + 1, year % 100].map(twoDigits).join("");
  const individual = String(individualNumber);
  return `${digits}${sign}${individual}${checkCharacter(digits + individual)}`;
}

/**
 * The keyed hash (HMAC-SHA256, hex) stored in `client.identity_code_hash` for exact look-up. The key
 * (IDENTITY_CODE_HASH_KEY) matters: there are only a few hundred million possible codes, so an unkeyed hash
 * could be reversed by hashing them all.
 */
export function hashIdentityCode(code: string, key: string): string {
  return createHmac("sha256", key).update(code, "utf8").digest("hex");
}

/** The date, or undefined when that day does not exist (31 April, 29 February of a common year). */
function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}
