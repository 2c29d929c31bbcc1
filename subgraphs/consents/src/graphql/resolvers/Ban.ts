import { LocalDate } from "@silta/kernel";
import { isInForce } from "../../domain/validity";
import type { BanResolvers } from "./../types.generated";

export const Ban: BanResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  organization: (parent) => (parent.organizationId ? { id: parent.organizationId } : null),
  validFrom: (parent) => LocalDate.fromDb(parent.validFrom),
  validUntil: (parent) => LocalDate.fromDb(parent.validUntil),
  isActive: (parent, _arg, ctx) => isInForce(parent, parent.liftedAt, ctx.today()),
};
