import { finnishCalendarDate } from "../../domain/finnishCalendarDate";
import { isConsentActive } from "../../domain/isConsentActive";
import type { ConsentResolvers } from "./../types.generated";

export const Consent: ConsentResolvers = {
  recipientOrganization: (parent) => ({ id: parent.recipientOrganizationId }),
  isActive: (parent) => isConsentActive(parent, finnishCalendarDate(new Date())),
};
