import { isConsentActive } from "../../domain/isConsentActive";
import { calendarDate } from "../../domain/validity";
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
  validFrom: (parent) => calendarDate(parent.validFrom),
  validUntil: (parent) => (parent.validUntil ? calendarDate(parent.validUntil) : null),
  agentKind: (parent) => (parent.agentKind === "CLIENT" || parent.agentKind === "PROFESSIONAL" ? parent.agentKind : null),
  allowedActions: (parent) => parent.allowedActions as never,
  isActive: (parent, _arg, ctx) => isConsentActive(parent, ctx.today()),
};
