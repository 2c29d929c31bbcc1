import type { Consent, ConsentProvisionActor } from "fhir/r4";
import { ACT_CODE, CONSENT_SCOPE, LOINC, PARTICIPATION_TYPE, SILTA_DATA_CATEGORY } from "./fhirCodes";
import type { ConsentData } from "./fhirOperations";

/**
 * A consent (suostumus) as a FHIR R4 Consent: a privacy consent (scope `patient-privacy`, category
 * LOINC 59284-0 Patient Consent), with Silta's kind as the category's text: disclosure between
 * organisations, or acting on the client's behalf (puolesta asiointi). It is active while Silta calls it active (valid today and not revoked), otherwise inactive. The
 * recipients are the provision's actors, the data categories its classes, the period its period.
 * The free-text purpose is left out: it may hold personal details and FHIR codes it.
 */
export function consentFromConsent(patientId: string, consent: ConsentData): Consent {
  const actor: ConsentProvisionActor[] = [
    ...consent.recipientOrganizations.map(({ id }) => ({
      role: { coding: [{ system: PARTICIPATION_TYPE, code: "IRCP", display: "information recipient" }] },
      reference: { reference: `Organization/${id}` },
    })),
    ...consent.recipientTeams.map(({ id }) => ({
      role: { coding: [{ system: PARTICIPATION_TYPE, code: "IRCP", display: "information recipient" }] },
      reference: { reference: `CareTeam/${id}` },
    })),
  ];
  return {
    resourceType: "Consent",
    id: consent.id,
    status: consent.isActive ? "active" : "inactive",
    scope: { coding: [{ system: CONSENT_SCOPE, code: "patient-privacy", display: "Privacy Consent" }] },
    category: [
      {
        coding: [{ system: LOINC, code: "59284-0", display: "Patient Consent" }],
        text: consent.kind === "SHARING" ? "Disclosure between organisations" : "Acting on the client's behalf",
      },
    ],
    patient: { reference: `Patient/${patientId}` },
    dateTime: consent.givenAt,
    policyRule: { coding: [{ system: ACT_CODE, code: "OPTIN", display: "opt-in" }] },
    provision: {
      type: "permit",
      period: { start: consent.validFrom, ...(consent.validUntil ? { end: consent.validUntil } : {}) },
      ...(actor.length > 0 ? { actor } : {}),
      ...(consent.categories.length > 0
        ? { class: consent.categories.map((category) => ({ system: SILTA_DATA_CATEGORY, code: category.toLowerCase() })) }
        : {}),
    },
  };
}
