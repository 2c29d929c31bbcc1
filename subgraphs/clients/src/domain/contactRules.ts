import { badUserInput } from "@silta/kernel";
import { optionalText } from "./inputRules";

export interface ContactFields {
  streetAddress: string | null;
  postalCode: string | null;
  postOffice: string | null;
  municipalityCode: string | null;
  phone: string | null;
  email: string | null;
}

export interface ContactInputLike {
  streetAddress?: string | null;
  postalCode?: string | null;
  postOffice?: string | null;
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** Contact details checked field by field; `field` is the input path of the contact object. */
export function contactFields(field: string, input: ContactInputLike | null | undefined): ContactFields {
  const postalCode = optionalText(`${field}.postalCode`, input?.postalCode, 100);
  if (postalCode && !/^\d{5}$/.test(postalCode))
    throw badUserInput(`${field}.postalCode`, "postal_code", `${field}.postalCode must be five digits, e.g. 00100.`);
  const municipalityCode = optionalText(`${field}.municipalityCode`, input?.municipalityCode, 100);
  if (municipalityCode && !/^\d{3}$/.test(municipalityCode))
    throw badUserInput(
      `${field}.municipalityCode`,
      "municipality_code",
      `${field}.municipalityCode must be Statistics Finland's three-digit code, e.g. 091.`,
    );
  const phone = optionalText(`${field}.phone`, input?.phone, 30);
  if (phone && !/^\+?[0-9][0-9 ()-]{4,28}$/.test(phone))
    throw badUserInput(`${field}.phone`, "phone", `${field}.phone must be a phone number, e.g. +358 40 123 4567.`);
  const email = optionalText(`${field}.email`, input?.email, 254);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badUserInput(`${field}.email`, "email", `${field}.email must be an email address.`);
  return {
    streetAddress: optionalText(`${field}.streetAddress`, input?.streetAddress, 200),
    postalCode,
    postOffice: optionalText(`${field}.postOffice`, input?.postOffice, 100),
    municipalityCode,
    phone,
    email,
  };
}
