import { recordEvent, type NewEvent, type Sql } from "@silta/kernel";

/** The kernel's recordEvent over a raw SQL transaction (the fit stores write with `Sql`, not Prisma). */
export function recordFitEvent(tx: Sql, event: NewEvent): Promise<string> {
  return recordEvent(tx, event);
}
