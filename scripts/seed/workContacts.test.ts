import type { Organization } from "./county";
import { WorkContacts } from "./workContacts";

const county: Organization = { id: "o1", name: "Lakeland county social services", kind: "childProtection", county: true };
const ngo: Organization = { id: "o2", name: "Lakeland Mannerheim League", kind: "ngo", county: false };

describe("WorkContacts", () => {
  it("writes Finnish letters in their mail-safe forms and numbers namesakes", () => {
    const contacts = new WorkContacts();
    expect(contacts.next("Säde", "Ylönen", county).workEmail).toBe("sade.ylonen@lakeland.fi");
    expect(contacts.next("Säde", "Ylönen", county).workEmail).toBe("sade.ylonen2@lakeland.fi");
    expect(contacts.next("Säde", "Ylönen", ngo).workEmail).toBe("sade.ylonen@lakeland-mannerheim-league.fi");
  });

  it("gives each professional a mobile number of their own", () => {
    const contacts = new WorkContacts();
    const first = contacts.next("Aino", "Virtanen", county).workPhone;
    const second = contacts.next("Aino", "Virtanen", county).workPhone;
    expect(first).toMatch(/^\+358 40 \d{3} \d{4}$/);
    expect(second).not.toBe(first);
  });
});
