import { DataCategory } from "@silta/kernel";
import { randomId, standInClientId } from "../../../domain/ids";
import { createClient as create } from "../../../data/clientStore";
import { checkNewClient } from "../../../domain/clientInput";
import type { ClientsContext } from "../../../context";
import type { Client } from "../../../data/prisma/client";
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
      firstReadable: (records) => firstReadable(ctx, records, id),
    },
  );
};

/**
 * The first of the person's records the viewer may read, decided as a search decides its window:
 * one decision, logged only for the record it answers (as a read). With no record a stand-in id is
 * decided in the same call and never logged, so a person on record and one who is not cost the same
 * decision call and leave the same log entries for a viewer who may read none of them (docs/access.md,
 * "Duplicate registrations").
 */
async function firstReadable(ctx: ClientsContext, records: Client[], newId: string): Promise<Client | null> {
  const rows = records.length
    ? records.map((record) => ({ clientIds: [record.id] }))
    : [{ clientIds: [standInClientId(`create-client-miss:${newId}`)] }];
  const visible = await ctx.access.visibleAmong(rows, DataCategory.Basic, records.length ? 1 : 0);
  return records[visible.indexOf(true)] ?? null;
}
