import { LocalDate } from "@silta/kernel";
import { isInForce } from "../../domain/validity";
import type { StatutoryBasisResolvers } from "./../types.generated";

export const StatutoryBasis: StatutoryBasisResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  recipientOrganization: (parent) => ({ id: parent.recipientOrganizationId }),
  validFrom: (parent) => LocalDate.fromDb(parent.validFrom),
  validUntil: (parent) => LocalDate.fromDb(parent.validUntil),
  isActive: (parent, _arg, ctx) => isInForce(parent, parent.endedAt, ctx.today()),
};
