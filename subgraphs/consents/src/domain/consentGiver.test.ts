import { LocalDate, type Viewer } from "@silta/kernel";
import { consentGiverRefusal } from "./consentGiver";
import type { ConsentDraft } from "./consentInput";

const draft = (fields: Partial<ConsentDraft>): ConsentDraft => ({
  id: null,
  clientId: "child",
  kind: "SHARING",
  givenBy: "CLIENT",
  givenByClientId: null,
  recipientOrganizationIds: ["city"],
  recipientTeamIds: [],
  categories: ["SERVICE_PLAN"],
  purpose: "School",
  form: "WRITTEN",
  evidenceReference: null,
  validFrom: LocalDate.parse("2026-01-01")!,
  validUntil: null,
  givenAt: new Date("2026-01-01T10:00:00Z"),
  agentId: null,
  agentKind: null,
  allowedActions: [],
  ...fields,
});
const worker: Viewer = { id: "w", kind: "professional", organizationId: "county", roles: [], scopes: [] };
const none = { guardian: false, authorisationId: null };

describe("who may be named as a consent's giver", () => {
  it("accepts a guardian only when the guardianship holds, whatever the recorder claims", () => {
    const byGuardian = draft({ givenBy: "GUARDIAN", givenByClientId: "neighbour" });
    expect(consentGiverRefusal(worker, byGuardian, none)).toBe("giver_not_guardian");
    expect(consentGiverRefusal(worker, byGuardian, { guardian: true, authorisationId: null })).toBeNull();
  });

  it("accepts a court-appointed guardian only with an authorisation to act on the client's behalf", () => {
    const byLegalGuardian = draft({ givenBy: "LEGAL_GUARDIAN", givenByClientId: "trustee" });
    expect(consentGiverRefusal(worker, byLegalGuardian, { guardian: true, authorisationId: null })).toBe("giver_not_authorised");
    expect(consentGiverRefusal(worker, byLegalGuardian, { guardian: false, authorisationId: "a1" })).toBeNull();
  });

  it("lets a client record only a consent they give themself", () => {
    const parent: Viewer = { id: "parent", kind: "client", roles: [], scopes: [] };
    expect(consentGiverRefusal(parent, draft({}), { guardian: true, authorisationId: null })).toBe("giver_not_viewer");
    expect(
      consentGiverRefusal(parent, draft({ givenBy: "GUARDIAN", givenByClientId: "parent" }), {
        guardian: true,
        authorisationId: null,
      }),
    ).toBeNull();
    expect(consentGiverRefusal({ ...parent, id: "child" }, draft({}), none)).toBeNull();
  });
});
