import { DataCategory } from "@silta/kernel";
import { randomId } from "../../../domain/ids";
import { createClient as create } from "../../../data/clientStore";
import { checkNewClient } from "../../../domain/clientInput";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const createClient: NonNullable<MutationResolvers["createClient"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "create client records");
  const client = checkNewClient(input, ctx.today);
  const id = client.id ?? randomId();
  await ctx.access.assert(id, DataCategory.Basic, "create");
  const result = await create(
    ctx.prisma,
    { ...client, id },
    {
      hashKey: ctx.services.identityCodeHashKey,
      cipher: ctx.services.cipher,
      viewer: ctx.viewer,
    },
  );
  // An existing client is returned only to a viewer who may read them.
  if (result.client.id !== id) await ctx.access.assert(result.client.id, DataCategory.Basic);
  return result;
};
