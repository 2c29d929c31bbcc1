import { DataCategory } from "@silta/kernel";
import { maskIdentityCode } from "../../domain/identityCodeCipher";
import { isoDay } from "../../domain/inputRules";
import type { ClientResolvers } from "./../types.generated";

export const Client: ClientResolvers = {
  // Checked before loading, so a denied viewer cannot even learn whether the client exists. The
  // guard batches the asks of all references into one decision; the loader into one query.
  __resolveReference: async (reference, ctx) => {
    await ctx.access.assert(reference.id, DataCategory.Basic);
    return ctx.loaders.client.load(reference.id);
  },
  controllerOrganization: (parent) => ({ id: parent.controllerOrganizationId }),
  hasIdentityCode: (parent) => parent.identityCodeHash !== null,
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
