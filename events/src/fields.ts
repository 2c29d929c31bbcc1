import { z } from "zod";

/**
 * The field kinds events are made of: ids, days, codes, flags. Never a name or free text
 * (`PERSONAL_DATA_FIELDS` in the kernel refuses those by name on top of the contracts).
 */

/** A UUID of any version (the demo county's ids are hand-written, version-less UUIDs). */
export const id = z.guid();
/** An id that may be missing: `null` on the wire, or no key at all. */
export const optionalId = id.nullish();
export const ids = z.array(id);
/** A calendar day, `YYYY-MM-DD`. */
export const day = z.iso.date();
/** A day that may be open (`until: null` is open-ended). */
export const optionalDay = day.nullish();
/** A moment, ISO 8601 in UTC (`2026-12-05T09:30:00.000Z`), as `Date.toISOString()` writes it. */
export const instant = z.iso.datetime();
/** A code of a closed set (role, kind, status…); the producing subgraph's SDL lists its values. */
export const code = z.string().min(1).max(100);
export const optionalCode = code.nullish();
export const codes = z.array(code);
export const flag = z.boolean();
export const count = z.number().int().nonnegative();
