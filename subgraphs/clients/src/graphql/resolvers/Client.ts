import { DataCategory } from "@silta/kernel";
import { maskIdentityCode } from "../../domain/identityCodeCipher";
import { isoDay } from "../../domain/inputRules";
import type { ClientsContext } from "../../context";
import type { Client as ClientRow } from "../../data/prisma/client";
import { assertAnyBasis } from "../clientVisibility";
import type { ClientResolvers } from "./../types.generated";

/** A resolver of a `basic` field: the value once the viewer's basic-data decision allows it. */
function basic<Value>(value: (parent: ClientRow) => Value) {
  return async (parent: ClientRow, _args: unknown, ctx: ClientsContext): Promise<Value> => {
    await ctx.access.assert(parent.id, DataCategory.Basic);
    return value(parent);
  };
}

export const Client: ClientResolvers = {
  // Checked before loading, so a denied viewer cannot even learn whether the client exists. The
  // guard batches the asks of all references into one decision; the loader into one query. With
  // a basis for some of the client's data (a team, say) the client is answered, its fields decided below.
  __resolveReference: async (reference, ctx) => {
    await assertAnyBasis(ctx, reference.id);
    return ctx.loaders.client.load(reference.id);
  },
  // Basic data, each field decided on its own (one decision per client and request, cached by the
  // guard): null with FORBIDDEN at the field's path for a viewer whose basis covers other categories only.
  firstName: basic((parent) => parent.firstName),
  lastName: basic((parent) => parent.lastName),
  birthDate: basic((parent) => parent.birthDate),
  language: basic((parent) => parent.language),
  temporaryIdentifier: basic((parent) => parent.temporaryIdentifier),
  hasNonDisclosureOrder: basic((parent) => parent.hasNonDisclosureOrder),
  controllerOrganization: basic((parent) => ({ id: parent.controllerOrganizationId })),
  hasIdentityCode: basic((parent) => parent.identityCodeHash !== null),
  identityCode: async (parent, { unmasked }, ctx) => {
    if (!parent.identityCodeEncrypted) return null;
    await ctx.access.assert(parent.id, DataCategory.Basic);
    const code = ctx.services.cipher.decrypt(parent.identityCodeEncrypted);
    if (!unmasked) return maskIdentityCode(code);
    // Its own decision and its own log entry, with the purpose noting that the full code was shown.
    await ctx.unmaskedIdentityCodeAccess.assert(parent.id, DataCategory.Basic);
    return code;
  },
  contact: async (parent, _arg, ctx) => {
    // Turvakielto: nothing of the address reaches anyone but the responsible worker, so nothing is read for them.
    if (parent.hasNonDisclosureOrder) {
      const worker = await ctx.loaders.responsibleWorker.load(parent.id);
      if (ctx.viewer.kind !== "professional" || worker?.professionalId !== ctx.viewer.id) return null;
    }
    await ctx.access.assert(parent.id, DataCategory.Contact);
    return parent;
  },
  relationships: async (parent, { includeEnded }, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Basic);
    const rows = await ctx.loaders.relationshipsOfClient.load(parent.id);
    return includeEnded ? rows : rows.filter((row) => !row.until || isoDay(row.until) >= ctx.today);
  },
  families: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Basic);
    return ctx.loaders.familiesOfClient.load(parent.id);
  },
  guardians: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Basic);
    const rows = await ctx.loaders.guardiansOfChild.load(parent.id);
    // A guardian is a client too: only those the viewer may see.
    const visible = await ctx.access.filterAllowed([...new Set(rows.map((row) => row.guardianClientId))], DataCategory.Basic);
    return rows.filter((row) => visible.has(row.guardianClientId));
  },
  concerns: async (parent, { status }, ctx) => {
    // Decided per service task of the concerns (one batch): a ban of one task's data hides only its concerns.
    const rows = await ctx.loaders.concernsOfClient.load(parent.id);
    const visible = await ctx.access.filterByServiceTask(parent.id, DataCategory.Concerns, rows, (row) => row.service);
    return status?.length ? visible.filter((row) => status.includes(row.status)) : visible;
  },
  servicePlan: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.ServicePlan);
    return ctx.loaders.planOfClient.load(parent.id);
  },
};
