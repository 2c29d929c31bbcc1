import type { Address, ContactPoint, Identifier, Patient } from "fhir/r4";
import { BCP_47, CONFIDENTIALITY, FINNISH_IDENTITY_CODE } from "./fhirCodes";
import type { ClientData } from "./fhirOperations";

/** A code the API showed in full: a masked one (`131052-****`) is no identifier anyone can use. */
function isUnmasked(code: string | null): code is string {
  return code !== null && !code.includes("*");
}

/**
 * A Silta client as a FHIR R4 Patient. The identity code (urn:oid:1.2.246.21) appears only when the
 * GraphQL API gave it unmasked to this viewer, which it logs as its own access. Under a
 * non-disclosure order (turvakielto) no address is given whoever asks, and the resource is marked
 * restricted (R), so the receiving system does not show it on by mistake.
 */
export function patientFromClient(client: ClientData): Patient {
  const identifier: Identifier[] = [];
  if (isUnmasked(client.identityCode))
    identifier.push({ use: "official", system: FINNISH_IDENTITY_CODE, value: client.identityCode });
  if (client.temporaryIdentifier)
    identifier.push({
      use: "temp",
      type: { text: "Organisation-issued temporary identifier" },
      value: client.temporaryIdentifier,
    });

  const telecom: ContactPoint[] = [];
  if (client.contact?.phone) telecom.push({ system: "phone", value: client.contact.phone });
  if (client.contact?.email) telecom.push({ system: "email", value: client.contact.email });

  const address: Address[] = [];
  const contact = client.contact;
  if (!client.hasNonDisclosureOrder && contact && (contact.streetAddress || contact.postalCode || contact.postOffice)) {
    address.push({
      use: "home",
      ...(contact.streetAddress ? { line: [contact.streetAddress] } : {}),
      ...(contact.postalCode ? { postalCode: contact.postalCode } : {}),
      ...(contact.postOffice ? { city: contact.postOffice } : {}),
      country: "FI",
    });
  }

  return {
    resourceType: "Patient",
    id: client.id,
    ...(client.hasNonDisclosureOrder
      ? { meta: { security: [{ system: CONFIDENTIALITY, code: "R", display: "restricted" }] } }
      : {}),
    ...(identifier.length > 0 ? { identifier } : {}),
    name: [{ use: "official", family: client.lastName, given: client.firstName.split(/\s+/).filter(Boolean) }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(client.birthDate ? { birthDate: client.birthDate } : {}),
    ...(address.length > 0 ? { address } : {}),
    communication: [{ language: { coding: [{ system: BCP_47, code: client.language }] }, preferred: true }],
  };
}
