import { DataCategory, type AccessCategory } from "@silta/kernel";
import { replayById, type Replay } from "@silta/kernel/idempotency";
import type { ClientsContext } from "../context";
import { visibleFamily } from "./familyAccess";
import { assertSubject } from "./subjectAccess";

/**
 * How an idempotent retry (an Idempotency-Key seen before) finds each kind of result again, once per
 * record type for every mutation that returns it: loaded again, NOT_FOUND when gone, and checked as
 * a query for it would be. A record gone since is refused as a hidden one is (docs/access.md,
 * "Records by id").
 */
const refusedAsHidden =
  (category: AccessCategory) =>
  (id: string, ctx: ClientsContext): Promise<never> =>
    ctx.access.refuseMissing(id, category);

type FamilyRow = Awaited<ReturnType<typeof visibleFamily>>;

/** A family gone since, and one whose members the viewer may see none of, answer alike (`visibleFamily`). */
export const familyReplay: Replay<ClientsContext, FamilyRow> = {
  idsOf: (family) => [family.id],
  replay: ([id], ctx) => visibleFamily(ctx, id!),
};

export const guardianshipReplay = replayById(
  "Guardianship",
  (id, ctx: ClientsContext) => ctx.prisma.guardianship.findUnique({ where: { id } }),
  (guardianship, ctx) => ctx.access.assert(guardianship.childClientId, DataCategory.Basic, "read"),
  refusedAsHidden(DataCategory.Basic),
);

export const concernReplay = replayById(
  "Concern",
  (id, ctx: ClientsContext) => ctx.loaders.concern.load(id),
  (concern, ctx) => assertSubject(ctx, concern, DataCategory.Concerns, "read"),
  refusedAsHidden(DataCategory.Concerns),
);

export const clientRelationshipReplay = replayById(
  "Client relationship",
  (id, ctx: ClientsContext) => ctx.prisma.clientRelationship.findUnique({ where: { id } }),
  (relationship, ctx) => ctx.access.assert(relationship.clientId, DataCategory.Basic, "read"),
  refusedAsHidden(DataCategory.Basic),
);
