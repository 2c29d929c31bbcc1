import type { Organization } from "./county";
import { countyName } from "./names";

/**
 * Work phone and email of the generated professionals, as the web app's team view shows them.
 * Derived from the name and a running number rather than drawn from the seed's random stream, so
 * adding them changed no other generated value (the benchmarks' fixtures stay the same county).
 */
export class WorkContacts {
  private readonly addressesTaken = new Map<string, number>();
  private issued = 0;

  next(firstName: string, lastName: string, organization: Organization): { workPhone: string; workEmail: string } {
    this.issued += 1;
    const local = `${mailName(firstName)}.${mailName(lastName)}`;
    const domain = `${mailName(organization.county ? countyName : organization.name)}.fi`;
    const address = `${local}@${domain}`;
    // Namesakes get a running number, as county mail systems do (maija.virtanen2@…).
    const taken = (this.addressesTaken.get(address) ?? 0) + 1;
    this.addressesTaken.set(address, taken);
    const workEmail = taken === 1 ? address : `${local}${taken}@${domain}`;
    // A Finnish mobile number (+358 40 …), 7 digits from the running number.
    const digits = String(1_000_000 + this.issued).padStart(7, "0");
    return { workPhone: `+358 40 ${digits.slice(0, 3)} ${digits.slice(3)}`, workEmail };
  }
}

/** Lower case, Finnish letters to their mail-safe forms (ä → a, ö → o, å → a), other characters dropped. */
function mailName(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
