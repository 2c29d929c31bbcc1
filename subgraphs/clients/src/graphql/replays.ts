import { DataCategory, forbidden, replayById } from "@silta/kernel";
import type { ClientsContext } from "../context";
import { visibleMemberIds } from "./resolvers/Family";
import { assertSubject } from "./subjectAccess";

/**
 * How an idempotent retry (an Idempotency-Key seen before) finds each kind of result again, once per
 * record type for every mutation that returns it: loaded again, NOT_FOUND when gone, and checked as
 * a query for it would be.
 */
export const familyReplay = replayById(
  "Family",
  (id, ctx: ClientsContext) => ctx.loaders.family.load(id),
  async (family, ctx) => {
    if ((await visibleMemberIds(family.id, ctx)).length === 0)
      throw forbidden("You may see none of this family's members.", { category: "basic" });
  },
);

export const guardianshipReplay = replayById(
  "Guardianship",
  (id, ctx: ClientsContext) => ctx.prisma.guardianship.findUnique({ where: { id } }),
  (guardianship, ctx) => ctx.access.assert(guardianship.childClientId, DataCategory.Basic, "read"),
);

export const concernReplay = replayById(
  "Concern",
  (id, ctx: ClientsContext) => ctx.loaders.concern.load(id),
  (concern, ctx) => assertSubject(ctx, concern, DataCategory.Concerns, "read"),
);

export const clientRelationshipReplay = replayById(
  "Client relationship",
  (id, ctx: ClientsContext) => ctx.prisma.clientRelationship.findUnique({ where: { id } }),
  (relationship, ctx) => ctx.access.assert(relationship.clientId, DataCategory.Basic, "read"),
);
