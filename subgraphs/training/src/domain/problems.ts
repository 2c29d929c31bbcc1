import { assertUuid, LocalDate } from "@silta/kernel";

/** One broken rule of an input: the field (an input path, or a CSV column), a short rule code, a message. */
export interface Problem {
  field: string;
  rule: string;
  message: string;
}

/**
 * Collects the problems of one input, so a mutation can report the first and an import can report
 * every rejected row with the same rules. `path` turns a field name into how the caller names it.
 */
export class Problems {
  readonly list: Problem[] = [];

  constructor(private readonly path: (field: string) => string) {}

  add(field: string, rule: string, message: string): void {
    this.list.push({ field: this.path(field), rule, message: message.replace(/\{field\}/g, this.path(field)) });
  }

  uuid(field: string, value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    try {
      return assertUuid(field, value);
    } catch {
      this.add(field, "uuid", "{field} must be a UUID, e.g. 7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11.");
      return null;
    }
  }

  date(field: string, value: string | null | undefined): LocalDate | null {
    if (value === null || value === undefined) return null;
    const day = LocalDate.parse(value);
    if (day !== null) return day;
    this.add(field, "date", "{field} must be a date that exists, as YYYY-MM-DD.");
    return null;
  }

  text(field: string, value: string | null | undefined, max: number, required: boolean): string | null {
    const trimmed = value?.trim() ?? "";
    if (trimmed === "") {
      if (required) this.add(field, "required", "{field} must not be empty.");
      return null;
    }
    if (trimmed.length > max) this.add(field, "length", `{field} must be at most ${max} characters.`);
    return trimmed;
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}
