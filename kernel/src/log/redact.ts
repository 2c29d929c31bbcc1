/**
 * Personal data must never reach the logs (Act 703/2023 logs are the access log, not the app log).
 * Two nets: keys that always hold personal data are replaced whole, and any string that contains
 * something shaped like a Finnish identity code (henkilötunnus) has that part masked.
 */
const personalKeys = new Set([
  "identitycode",
  "henkilotunnus",
  "hetu",
  "ssn",
  "name",
  "firstname",
  "lastname",
  "givenname",
  "familyname",
  "displayname",
  "fullname",
  "email",
  "phone",
  "address",
  "streetaddress",
  "authorization",
  "cookie",
  "x-silta-viewer",
]);

/** DDMMYY, century sign, three digits, check character; case-insensitive so lower-cased codes are caught too. */
const identityCodePattern = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;

export const REDACTED = "[redacted]";

export function redactString(text: string): string {
  return text.replace(identityCodePattern, REDACTED);
}

export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error)
    return { type: value.name, message: redactString(value.message), stack: redactString(value.stack ?? "") };
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = personalKeys.has(key.toLowerCase()) ? REDACTED : redactPersonalData(item, depth + 1);
  }
  return result;
}
