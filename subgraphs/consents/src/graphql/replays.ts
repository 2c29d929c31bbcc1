import { DataCategory, replayById } from "@silta/kernel";
import type { ConsentsContext } from "../context";

/**
 * How an idempotent retry finds a consent, ban or statutory basis again: loaded by id, NOT_FOUND
 * when gone, and only for a viewer who may read the client's consents.
 */
const mayReadConsentsOf = (record: { clientId: string }, ctx: ConsentsContext) =>
  ctx.access.assert(record.clientId, DataCategory.Consents, "read");

export const consentReplay = replayById(
  "Consent",
  (id: string, ctx: ConsentsContext) => ctx.prisma.consent.findUnique({ where: { id } }),
  mayReadConsentsOf,
);

export const banReplay = replayById(
  "Ban",
  (id: string, ctx: ConsentsContext) => ctx.prisma.ban.findUnique({ where: { id } }),
  mayReadConsentsOf,
);

export const statutoryBasisReplay = replayById(
  "StatutoryBasis",
  (id: string, ctx: ConsentsContext) => ctx.prisma.statutoryBasis.findUnique({ where: { id } }),
  mayReadConsentsOf,
);
