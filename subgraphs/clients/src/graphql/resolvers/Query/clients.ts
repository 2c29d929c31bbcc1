import { createHash } from "node:crypto";
import { badUserInput, DataCategory, pageSize, visiblePage } from "@silta/kernel";
import { searchClients, type SearchKey } from "../../../data/clientSearch";
import { checkedIdentityCode } from "../../../domain/clientInput";
import { hashIdentityCode } from "../../../domain/identityCode";
import { dayValue, isoDay } from "../../../domain/inputRules";
import type { Client } from "../../../data/prisma/client";
import type { QueryResolvers } from "./../../types.generated";

/** At most this many matches are examined (read and decided) per request; the SDL says so. */
export const MAX_EXAMINED_MATCHES = 500;

export const clients: NonNullable<QueryResolvers["clients"]> = async (_parent, { search, first, after }, ctx) => {
  const limit = pageSize("first", first, 20, 100);
  const nameWords = (search.name ?? "").trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (nameWords.some((word) => word.length < 2))
    throw badUserInput("search.name", "min_length", "search.name words must have at least two letters each.");
  const identityCodeHash = search.identityCode
    ? hashIdentityCode(checkedIdentityCode("search.identityCode", search.identityCode).code, ctx.services.identityCodeHashKey)
    : null;
  const birthDate = search.birthDate ? dayValue(isoDay(search.birthDate)) : null;
  if (!nameWords.length && !identityCodeHash && !birthDate)
    throw badUserInput("search", "criteria_required", "search needs a name, a birth date or an identity code.");
  const criteria = { nameWords, birthDate, identityCodeHash };
  // The cursor is bound to this very search: one of another search is refused, not reinterpreted.
  const scope = `clients:${createHash("sha256").update(JSON.stringify(criteria)).digest("base64url")}`;
  const afterKey = after ? (ctx.cursors.open("after", scope, after, 3) as SearchKey) : null;
  const keyOf = (row: Client): SearchKey => [row.lastName, row.firstName, row.id];
  let matched = false;
  // Filter, then page: matches are decided a window at a time until the page is full, and only
  // visible rows are shown, counted or used as a position (a hidden client leaves no trace).
  const page = await visiblePage<Client, SearchKey>(
    {
      limit,
      maxExamined: MAX_EXAMINED_MATCHES,
      fetch: async (position, size) => {
        const rows = await searchClients(ctx.prisma, criteria, position, size);
        matched ||= rows.length > 0;
        return rows;
      },
      positionOf: keyOf,
      visible: async (rows) => {
        const allowed = await ctx.access.filterAllowed(
          rows.map((row) => row.id),
          DataCategory.Basic,
        );
        return rows.filter((row) => allowed.has(row.id));
      },
    },
    afterKey,
  );
  // An identity code that matches nobody is decided (and logged) as a match would be, for a stand-in
  // id derived from the code's keyed hash: a hidden client's code and a code nobody has then cost the
  // same work and time, and the log shows who looked up which code (docs/access.md, "Timing").
  if (identityCodeHash && !matched && !afterKey)
    await ctx.access.filterAllowed([standInId(identityCodeHash)], DataCategory.Basic);
  const edges = page.rows.map((row) => ({ cursor: ctx.cursors.seal(scope, keyOf(row)), node: row }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, truncated: page.truncated, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

/** A UUID no client has (derived from the keyed hash of an identity code), to decide a miss as a match. */
function standInId(identityCodeHash: string): string {
  const hex = createHash("sha256").update(`identity-code-miss:${identityCodeHash}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
