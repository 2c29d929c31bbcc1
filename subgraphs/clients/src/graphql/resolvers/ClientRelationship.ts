import { LocalDate } from "@silta/kernel";
import type { ClientRelationshipResolvers } from "./../types.generated";

export const ClientRelationship: ClientRelationshipResolvers = {
  organization: (parent) => ({ id: parent.organizationId }),
  isActive: (parent, _arg, ctx) =>
    LocalDate.fromDb(parent.since) <= ctx.today && (!parent.until || LocalDate.fromDb(parent.until) >= ctx.today),
  since: (parent) => LocalDate.fromDb(parent.since),
  until: (parent) => LocalDate.fromDb(parent.until),
};
