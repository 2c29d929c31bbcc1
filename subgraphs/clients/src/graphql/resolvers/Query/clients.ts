import { createHash } from "node:crypto";
import { badUserInput, CONNECTION_NODES, DataCategory, filteredPage, pageSize } from "@silta/kernel";
import { searchClients, type SearchHit, type SearchKey } from "../../../data/clientSearch";
import { checkedIdentityCode } from "../../../domain/clientInput";
import { hashIdentityCode } from "../../../domain/identityCode";
import { standInClientId } from "../../../domain/ids";
import { connectionRowLoader } from "../../clientRow";
import type { QueryResolvers } from "./../../types.generated";

/** At most this many matches are examined (read and narrowed to the visible) per request; the SDL says so. */
export const MAX_EXAMINED_MATCHES = 500;

export const clients: NonNullable<QueryResolvers["clients"]> = async (_parent, { search, first, after }, ctx, info) => {
  const limit = pageSize("first", first, 20, 100);
  const nameWords = (search.name ?? "").trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (nameWords.some((word) => word.length < 2))
    throw badUserInput("search.name", "min_length", "search.name words must have at least two letters each.");
  const identityCodeHash = search.identityCode
    ? hashIdentityCode(checkedIdentityCode("search.identityCode", search.identityCode).code, ctx.services.identityCodeHashKey)
    : null;
  const birthDate = search.birthDate ?? null;
  if (!nameWords.length && !identityCodeHash && !birthDate)
    throw badUserInput("search", "criteria_required", "search needs a name, a birth date or an identity code.");
  const criteria = { nameWords, birthDate, identityCodeHash };
  // The cursor is bound to this very search: one of another search is refused, not reinterpreted
  // (nor one from before positions were search keys: "keys:").
  const scope = `clients:keys:${createHash("sha256").update(JSON.stringify(criteria)).digest("base64url")}`;
  const afterKey = after ? (ctx.cursors.open("after", scope, after, 3) as SearchKey) : null;
  const keyOf = (hit: SearchHit): SearchKey => [hit.lastNameKey, hit.firstNameKey, hit.id];
  let read: SearchHit[] = [];
  // What the request's later fetches read of the page's clients (their latest scores from fit) is
  // decided and logged with the page, in its one call.
  const followUps = ctx.access.followUpCategoriesAt(info, CONNECTION_NODES);
  // Filter, then page (docs/decisions/0013): one window of matches is decided in one call that logs
  // only the page's clients, so a name shared by many hidden clients costs what a name nobody has
  // costs. A hidden client never shows, counts or becomes a position.
  const page = await filteredPage<SearchHit, SearchKey>(
    {
      limit,
      window: MAX_EXAMINED_MATCHES,
      fetch: async (position, size) => (read = await searchClients(ctx.prisma, criteria, position, size)),
      positionOf: keyOf,
      clientsOf: (hit) => ({ clientIds: [hit.id] }),
      standInId: standInId(scope),
      visibleAmong: (ids, logFirst) => ctx.access.visibleAmong(ids, DataCategory.Basic, logFirst, followUps),
    },
    afterKey,
  );
  // An identity code whose client the viewer may not see is decided (and logged) as a refusal of that
  // client, and one nobody has as a stand-in id derived from the code's keyed hash: the same work and
  // time either way, and the log shows who looked up which code (docs/access.md, "Timing").
  if (identityCodeHash && page.rows.length === 0 && !afterKey)
    await ctx.access.filterAllowed(read.length ? read.map((hit) => hit.id) : [standInId(identityCodeHash)], DataCategory.Basic);
  // A page that shows only the clients' names reads only those columns (clientRow.ts).
  const loaded = await connectionRowLoader(ctx, info).loadMany(page.rows.map((hit) => hit.id));
  const edges = page.rows.flatMap((hit, index) => {
    const node = loaded[index];
    return node && !(node instanceof Error) ? [{ cursor: ctx.cursors.seal(scope, keyOf(hit)), node }] : [];
  });
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, truncated: page.truncated, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

/** A UUID no client has (derived from the keyed hash of an identity code, or a search's scope), to decide a miss as a match. */
function standInId(seed: string): string {
  return standInClientId(`identity-code-miss:${seed}`);
}
