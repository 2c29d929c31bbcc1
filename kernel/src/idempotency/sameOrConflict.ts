import { conflict } from "../errors";
import { LocalDate } from "../time/localDate";

/**
 * A value compared as what it means: a `Date` as its calendar day (a LocalDate: Prisma's DATE columns
 * are UTC midnight, the day is the fact), a list as a set (order carries nothing in what a create
 * asks for), `undefined` as `null`.
 */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return LocalDate.fromDb(value);
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(normalise(item))).sort();
  return value ?? null;
}

/** The fields of `asked` whose values differ from `stored`'s, in `asked`'s order. */
export function differingFields(stored: Record<string, unknown>, asked: Record<string, unknown>): string[] {
  return Object.keys(asked).filter((key) => JSON.stringify(normalise(stored[key])) !== JSON.stringify(normalise(asked[key])));
}

/**
 * A create retried with the same client-chosen id ("same id: same record or CONFLICT"): returns
 * `row`, the record stored under that id, when every field of `asked` agrees with `stored` (what
 * the record holds, in the shape of `asked`); otherwise CONFLICT naming the differing fields in
 * the message and in `extensions.fields`, with the id in `extensions.id`. Nothing is written then.
 */
export function sameOrConflict<Row>(
  what: string,
  id: string,
  row: Row,
  stored: Record<string, unknown>,
  asked: Record<string, unknown>,
): Row {
  const fields = differingFields(stored, asked);
  if (fields.length > 0)
    throw conflict(`${what} ${id} already exists with different ${fields.join(", ")}; choose a new id for a new one.`, {
      id,
      fields,
    });
  return row;
}
