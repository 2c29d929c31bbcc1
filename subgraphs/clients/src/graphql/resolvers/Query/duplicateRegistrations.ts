import { badUserInput, DataCategory } from "@silta/kernel";
import { listDuplicateRegistrations } from "../../../data/duplicateRegistrations";
import { registerKept } from "../../registerKeeper";
import type { QueryResolvers } from "./../../types.generated";

const MAX = 200;

/**
 * The register keeper's queue of duplicate registrations. A pair tells that the person is registered
 * twice, so listing it is a decision about both clients (action `keep_register`, category `basic`),
 * decided and logged as one batch, one entry per client: a pair is answered only when both are
 * allowed. The clients' own fields are decided and logged as any read (the keeper opens a
 * relationship, basis `intake`, to see them).
 */
export const duplicateRegistrations: NonNullable<QueryResolvers["duplicateRegistrations"]> = async (_parent, { first }, ctx) => {
  const { controllerOrganizationId } = registerKept(ctx.viewer);
  const take = first ?? 50;
  if (take < 0 || take > MAX) throw badUserInput("first", "range", `first must be between 0 and ${MAX}.`);
  const rows = await listDuplicateRegistrations(ctx.prisma, controllerOrganizationId, take);
  if (rows.length === 0) return [];
  const clientIds = [...new Set(rows.flatMap((row) => [row.id, row.duplicateOfId!]))];
  const allowed = await ctx.access.filterAllowed(clientIds, DataCategory.Basic, "keep_register");
  return rows.filter((row) => allowed.has(row.id) && allowed.has(row.duplicateOfId!));
};
