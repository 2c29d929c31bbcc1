import { DataCategory, ErrorCode, forbidden, SiltaError } from "@silta/kernel";
import type { ClientsContext } from "../context";

/** Every category but `basic`: asked only when `basic` is denied, all in one batch. */
const OTHER_CATEGORIES = Object.values(DataCategory).filter((category) => category !== DataCategory.Basic);
/**
 * Reasons that describe the viewer (what they are), not the client: the same for every client id,
 * so they may be told. Any other reason (a ban, say) would tell that the client exists.
 */
const VIEWER_REASONS = new Set(["aggregates_only", "not_own_data", "scope_missing", "unknown_viewer"]);
/**
 * Of those, the ones that deny every category alike: no other category need be asked (and logged).
 * Not `not_own_data`: a client refused another's basic details may still act on their behalf for
 * other categories (an authorisation), so their other categories are decided, for a client that
 * exists or not alike.
 */
const EVERY_CATEGORY_REASONS = new Set(["aggregates_only", "unknown_viewer"]);

/**
 * Whether the viewer has a lawful basis for any of the client's data: then the client is answered,
 * and each field is decided by its own category (null with FORBIDDEN at its path when denied). With
 * no basis at all, the answer is the same FORBIDDEN whether or not the client exists, so an id (or
 * an identity code turned into one) confirms nothing. `basic` is decided first, as before; only
 * when it is denied are the other categories decided, in one batch, and each is logged.
 */
export async function assertAnyBasis(ctx: ClientsContext, clientId: string): Promise<void> {
  let reason: unknown;
  try {
    return await ctx.access.assert(clientId, DataCategory.Basic);
  } catch (error) {
    // Undecided, or the log could not be written: that, not a denial, is the answer.
    if (!(error instanceof SiltaError) || error.code !== ErrorCode.Forbidden) throw error;
    reason = error.extensions["reason"];
  }
  const others = EVERY_CATEGORY_REASONS.has(String(reason))
    ? []
    : await Promise.all(OTHER_CATEGORIES.map((category) => ctx.access.filterAllowed([clientId], category)));
  if (others.some((allowed) => allowed.has(clientId))) return;
  throw forbidden("You have no lawful basis to read this client's data, or there is no such client.", {
    ...(typeof reason === "string" && VIEWER_REASONS.has(reason) ? { reason } : {}),
  });
}
