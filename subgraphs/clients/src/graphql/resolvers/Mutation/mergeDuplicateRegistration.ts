import { assertUuid, notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { mergeDuplicate } from "../../../data/clientMerge";
import type { ClientsContext } from "../../../context";
import type { MutationResolvers } from "./../../types.generated";
import { registerKept } from "../../registerKeeper";

/**
 * The register keeper folds a duplicate registration into the client on record (docs/access.md,
 * "Duplicate registrations"). The keeper's authority is the role and the controller, not a basis on
 * either client: the merge answers the client on record, whose fields are then decided and logged as
 * any read.
 */
export const mergeDuplicateRegistration: NonNullable<MutationResolvers["mergeDuplicateRegistration"]> = idempotentMutation(
  {
    field: "mergeDuplicateRegistration",
    idsOf: (result) => [result.client.id, result.mergedClientId],
    replay: async ([clientId, mergedClientId], ctx: ClientsContext) => {
      registerKept(ctx.viewer);
      const client = await ctx.prisma.client.findUnique({ where: { id: clientId! } });
      if (!client) throw notFound("Client", clientId!);
      return { client, mergedClientId: mergedClientId! };
    },
  },
  async (_parent, { input }, ctx) => {
    const { controllerOrganizationId } = registerKept(ctx.viewer);
    const duplicateId = assertUuid("input.duplicateId", input.duplicateId);
    const clientId = assertUuid("input.clientId", input.clientId);
    return mergeDuplicate(
      ctx.prisma,
      { duplicateId, clientId, keptControllerOrganizationId: controllerOrganizationId },
      ctx.viewer,
      ctx.idempotency,
    );
  },
);
