import { calendarDate, isInForce } from "../../domain/validity";
import type { BanResolvers } from "./../types.generated";

export const Ban: BanResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  organization: (parent) => (parent.organizationId ? { id: parent.organizationId } : null),
  validFrom: (parent) => calendarDate(parent.validFrom),
  validUntil: (parent) => (parent.validUntil ? calendarDate(parent.validUntil) : null),
  isActive: (parent, _arg, ctx) => isInForce(parent, parent.liftedAt, ctx.today()),
};
