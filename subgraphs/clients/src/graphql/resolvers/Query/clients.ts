import { badUserInput, DataCategory, decodeCursor, encodeCursor, pageSize } from "@silta/kernel";
import { searchClients, type SearchKey } from "../../../data/clientSearch";
import { checkedIdentityCode } from "../../../domain/clientInput";
import { hashIdentityCode } from "../../../domain/identityCode";
import { dayValue, isoDay } from "../../../domain/inputRules";
import type { QueryResolvers } from "./../../types.generated";

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
  const key = after ? (decodeCursor("after", after, 3) as SearchKey) : null;
  const rows = await searchClients(ctx.prisma, { nameWords, birthDate, identityCodeHash }, key, limit);
  const page = rows.slice(0, limit);
  // Hidden matches are left out, but the cursor moves past them so the next page continues after them.
  const visible = await ctx.access.filterAllowed(
    page.map((row) => row.id),
    DataCategory.Basic,
  );
  const cursorOf = (row: (typeof page)[number]) => encodeCursor([row.lastName, row.firstName, row.id]);
  const last = page[page.length - 1];
  return {
    edges: page.filter((row) => visible.has(row.id)).map((row) => ({ cursor: cursorOf(row), node: row })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? cursorOf(last) : null },
  };
};
