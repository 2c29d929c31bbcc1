import { DataCategory, LocalDate } from "@silta/kernel";
import { maskIdentityCode } from "../../domain/identityCodeCipher";
import { assertAnyBasis } from "../clientVisibility";
import { clientRowLoader } from "../clientRow";
import type { ClientResolvers } from "./../types.generated";

export const Client: ClientResolvers = {
  // The row is read while the decision is made (the guard batches the asks of all references into one
  // decision call, the loader into one query), and nothing of it leaves before the decision: a denied
  // viewer gets the same FORBIDDEN whether or not the client exists, after the same work. With a basis
  // for some of the client's data (a team, say) the client is answered, its fields decided below.
  // Only the summary columns are read when the query asks no more of the client (clientRow.ts).
  __resolveReference: async (reference, ctx, info) => {
    const row = clientRowLoader(ctx, info).load(reference.id);
    // A failed read of a client the viewer may not see must not surface as an unhandled rejection.
    row.catch(() => undefined);
    await assertAnyBasis(ctx, reference.id);
    return row;
  },
  // Every field below is `@clientData` in the SDL: the kernel decides and logs the viewer's basis for
  // its category before it resolves (enforceClientDataRules; one decision per client, category and
  // request): null with FORBIDDEN at the field's path for a viewer whose basis covers other categories only.
  firstName: (parent) => parent.firstName,
  lastName: (parent) => parent.lastName,
  birthDate: (parent) => LocalDate.fromDb(parent.birthDate),
  language: (parent) => parent.language,
  temporaryIdentifier: (parent) => parent.temporaryIdentifier,
  hasNonDisclosureOrder: (parent) => parent.hasNonDisclosureOrder,
  controllerOrganization: (parent) => ({ id: parent.controllerOrganizationId }),
  hasIdentityCode: (parent) => parent.identityCodeHash !== null,
  identityCode: async (parent, { unmasked }, ctx) => {
    if (!parent.identityCodeEncrypted) return null;
    const code = ctx.services.cipher.decrypt(parent.identityCodeEncrypted);
    if (!unmasked) return maskIdentityCode(code);
    // Its own decision and its own log entry, with the purpose noting that the full code was shown.
    await ctx.unmaskedIdentityCodeAccess.assert(parent.id, DataCategory.Basic);
    return code;
  },
  contact: async (parent, _arg, ctx) => {
    // Turvakielto: nothing of the address reaches anyone but the responsible worker (the `contact`
    // decision the directive made first is logged all the same; the answer to others is null).
    if (parent.hasNonDisclosureOrder) {
      const worker = await ctx.loaders.responsibleWorker.load(parent.id);
      if (ctx.viewer.kind !== "professional" || worker?.professionalId !== ctx.viewer.id) return null;
    }
    return parent;
  },
  relationships: async (parent, { includeEnded }, ctx) => {
    const rows = await ctx.loaders.relationshipsOfClient.load(parent.id);
    return includeEnded ? rows : rows.filter((row) => !row.until || LocalDate.fromDb(row.until) >= ctx.today);
  },
  families: (parent, _arg, ctx) => ctx.loaders.familiesOfClient.load(parent.id),
  guardians: async (parent, _arg, ctx) => {
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
  servicePlan: (parent, _arg, ctx) => ctx.loaders.planOfClient.load(parent.id),
};
