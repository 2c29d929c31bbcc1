import { badUserInput } from "../errors";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Ids are UUIDs (client-chosen ones too, for idempotent creates); anything else is the caller's mistake. */
export function assertUuid(field: string, value: string): string {
  if (!uuidPattern.test(value))
    throw badUserInput(field, "uuid", `${field} must be a UUID, e.g. 7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11.`);
  return value.toLowerCase();
}
