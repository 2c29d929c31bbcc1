import { badUserInput } from "@silta/kernel";
import { optionalText } from "./inputRules";

/**
 * A professional's work phone and email, shown to clients as "whom to contact": the same formats
 * (and rule names) as a client's own contact details, so a typo is refused rather than published.
 */
export function optionalWorkPhone(field: string, value: string | null | undefined): string | null {
  const phone = optionalText(field, value, 30);
  if (phone && !/^\+?[0-9][0-9 ()-]{4,28}$/.test(phone))
    throw badUserInput(field, "phone", `${field} must be a phone number, e.g. +358 40 123 4567.`);
  return phone;
}

export function optionalWorkEmail(field: string, value: string | null | undefined): string | null {
  const email = optionalText(field, value, 254);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badUserInput(field, "email", `${field} must be an email address, e.g. maija.virtanen@hyvinvointialue.fi.`);
  return email;
}
