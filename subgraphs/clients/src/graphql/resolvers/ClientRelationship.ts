import type { ClientRelationshipResolvers } from "./../types.generated";
import { isoDay } from "../../domain/inputRules";

export const ClientRelationship: ClientRelationshipResolvers = {
  organization: (parent) => ({ id: parent.organizationId }),
  isActive: (parent, _arg, ctx) => isoDay(parent.since) <= ctx.today && (!parent.until || isoDay(parent.until) >= ctx.today),
};
