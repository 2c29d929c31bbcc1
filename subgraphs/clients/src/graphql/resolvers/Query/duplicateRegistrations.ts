import { badUserInput } from "@silta/kernel";
import { listDuplicateRegistrations } from "../../../data/duplicateRegistrations";
import { registerKept } from "../../registerKeeper";
import type { QueryResolvers } from "./../../types.generated";

const MAX = 200;

/**
 * The register keeper's queue of duplicate registrations. The rows are ids and a time; the clients'
 * own fields are decided and logged as any read (the keeper opens a relationship, basis `intake`, to
 * see them).
 */
export const duplicateRegistrations: NonNullable<QueryResolvers["duplicateRegistrations"]> = async (_parent, { first }, ctx) => {
  const { controllerOrganizationId } = registerKept(ctx.viewer);
  const take = first ?? 50;
  if (take < 0 || take > MAX) throw badUserInput("first", "range", `first must be between 0 and ${MAX}.`);
  return listDuplicateRegistrations(ctx.prisma, controllerOrganizationId, take);
};
