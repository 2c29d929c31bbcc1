import { DataCategory } from "@silta/kernel";
import { randomId, standInClientId } from "../../../domain/ids";
import { createClient as create } from "../../../data/clientStore";
import { checkNewClient } from "../../../domain/clientInput";
import type { ClientsContext } from "../../../context";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const createClient: NonNullable<MutationResolvers["createClient"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "create client records");
  const client = checkNewClient(input, ctx.today);
  const id = client.id ?? randomId();
  await ctx.access.assert(id, DataCategory.Basic, "create");
  return create(
    ctx.prisma,
    { ...client, id },
    {
      hashKey: ctx.services.identityCodeHashKey,
      cipher: ctx.services.cipher,
      viewer: ctx.viewer,
      mayReadOnRecord: (onRecord) => mayRead(ctx, onRecord?.id ?? null, id),
    },
  );
};

/**
 * Whether the viewer may read the client on record with the new client's identifier, decided as a
 * search decides its window: one decision, logged only when it answers the client (as read). When
 * nobody is on record a stand-in id is decided and never logged, so a person on record and one who
 * is not cost the same decision call and leave the same log entries for a viewer who may not read
 * them (docs/access.md, "Duplicate registrations").
 */
async function mayRead(ctx: ClientsContext, onRecordId: string | null, newId: string): Promise<boolean> {
  const asked = onRecordId ?? standInClientId(`create-client-miss:${newId}`);
  const [visible] = await ctx.access.visibleAmong([{ clientIds: [asked] }], DataCategory.Basic, onRecordId ? 1 : 0);
  return onRecordId !== null && visible === true;
}
