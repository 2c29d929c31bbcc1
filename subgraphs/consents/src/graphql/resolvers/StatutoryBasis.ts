import { calendarDate, isInForce } from "../../domain/validity";
import type { StatutoryBasisResolvers } from "./../types.generated";

export const StatutoryBasis: StatutoryBasisResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  recipientOrganization: (parent) => ({ id: parent.recipientOrganizationId }),
  validFrom: (parent) => calendarDate(parent.validFrom),
  validUntil: (parent) => (parent.validUntil ? calendarDate(parent.validUntil) : null),
  isActive: (parent, _arg, ctx) => isInForce(parent, parent.endedAt, ctx.today()),
};
