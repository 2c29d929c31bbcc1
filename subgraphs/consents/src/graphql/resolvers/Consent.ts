import { LocalDate } from "@silta/kernel";
import { isConsentActive } from "../../domain/isConsentActive";
import type { ConsentResolvers } from "./../types.generated";

export const Consent: ConsentResolvers = {
  client: (parent) => ({ id: parent.clientId }),
  givenByClient: (parent) => (parent.givenByClientId ? { id: parent.givenByClientId } : null),
  recipientOrganization: (parent) => {
    const id = parent.recipientOrganizationId ?? parent.recipientOrganizationIds[0];
    return id ? { id } : null;
  },
  recipientOrganizations: (parent) =>
    [
      ...new Set([
        ...(parent.recipientOrganizationId ? [parent.recipientOrganizationId] : []),
        ...parent.recipientOrganizationIds,
      ]),
    ].map((id) => ({ id })),
  recipientTeams: (parent) => parent.recipientTeamIds.map((id) => ({ id })),
  validFrom: (parent) => LocalDate.fromDb(parent.validFrom),
  validUntil: (parent) => LocalDate.fromDb(parent.validUntil),
  agentKind: (parent) => (parent.agentKind === "CLIENT" || parent.agentKind === "PROFESSIONAL" ? parent.agentKind : null),
  allowedActions: (parent) => parent.allowedActions as never,
  isActive: (parent, _arg, ctx) => isConsentActive(parent, ctx.today()),
};
