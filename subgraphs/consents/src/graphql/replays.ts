import { DataCategory } from "@silta/kernel";
import { replayById } from "@silta/kernel/idempotency";
import type { ConsentsContext } from "../context";

/**
 * How an idempotent retry finds a consent, ban or statutory basis again: loaded by id, only for a
 * viewer who may read the client's consents, and when gone refused as a hidden one is
 * (docs/access.md, "Records by id").
 */
const mayReadConsentsOf = (record: { clientId: string }, ctx: ConsentsContext) =>
  ctx.access.assert(record.clientId, DataCategory.Consents, "read");
const refusedAsHidden = (id: string, ctx: ConsentsContext) => ctx.access.refuseMissing(id, DataCategory.Consents);

export const consentReplay = replayById(
  "Consent",
  (id: string, ctx: ConsentsContext) => ctx.prisma.consent.findUnique({ where: { id } }),
  mayReadConsentsOf,
  refusedAsHidden,
);

export const banReplay = replayById(
  "Ban",
  (id: string, ctx: ConsentsContext) => ctx.prisma.ban.findUnique({ where: { id } }),
  mayReadConsentsOf,
  refusedAsHidden,
);

export const statutoryBasisReplay = replayById(
  "StatutoryBasis",
  (id: string, ctx: ConsentsContext) => ctx.prisma.statutoryBasis.findUnique({ where: { id } }),
  mayReadConsentsOf,
  refusedAsHidden,
);
