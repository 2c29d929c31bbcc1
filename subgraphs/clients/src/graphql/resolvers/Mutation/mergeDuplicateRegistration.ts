import { assertUuid, DataCategory, notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { mergeDuplicate } from "../../../data/clientMerge";
import type { ClientsContext } from "../../../context";
import type { MutationResolvers } from "./../../types.generated";
import { registerKept } from "../../registerKeeper";

/**
 * The register keeper folds a duplicate registration into the client on record (docs/access.md,
 * "Duplicate registrations"). The keeper's authority is the role and the controller, not a basis on
 * either client: both are decided and logged as `keep_register` (one batch, an entry per client, so
 * each client's log shows the merge), and the answer's client fields are decided as any read.
 */
export const mergeDuplicateRegistration: NonNullable<MutationResolvers["mergeDuplicateRegistration"]> = idempotentMutation(
  {
    field: "mergeDuplicateRegistration",
    idsOf: (result) => [result.client.id, result.mergedClientId],
    replay: async ([clientId, mergedClientId], ctx: ClientsContext) => {
      registerKept(ctx.viewer);
      await ctx.access.assert(clientId!, DataCategory.Basic, "keep_register");
      const client = await ctx.prisma.client.findUnique({ where: { id: clientId! } });
      if (!client) throw notFound("Client", clientId!);
      return { client, mergedClientId: mergedClientId! };
    },
  },
  async (_parent, { input }, ctx) => {
    const { controllerOrganizationId } = registerKept(ctx.viewer);
    const duplicateId = assertUuid("input.duplicateId", input.duplicateId);
    const clientId = assertUuid("input.clientId", input.clientId);
    await Promise.all([
      ctx.access.assert(duplicateId, DataCategory.Basic, "keep_register"),
      ctx.access.assert(clientId, DataCategory.Basic, "keep_register"),
    ]);
    return mergeDuplicate(
      ctx.prisma,
      { duplicateId, clientId, keptControllerOrganizationId: controllerOrganizationId },
      ctx.viewer,
      ctx.idempotency,
    );
  },
);
