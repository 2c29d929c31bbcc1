import { checkNoticeShape, isMinorOn } from "./childWelfareNotice";

const notice = {
  clientId: "c1",
  familyId: null,
  raisedByClientId: null,
  teamId: null,
  responsibleProfessionalId: null,
  service: "child_protection",
};

describe("a child welfare notice", () => {
  it("is about one child, to child protection, and names no team or responsible professional", () => {
    expect(() => checkNoticeShape(notice)).not.toThrow();
    expect(() => checkNoticeShape({ ...notice, clientId: null, familyId: "f1" })).toThrow(/one child/);
    expect(() => checkNoticeShape({ ...notice, service: "family_social_work" })).toThrow(/child protection/);
    expect(() => checkNoticeShape({ ...notice, teamId: "t1" })).toThrow(/input.teamId/);
  });

  it("is about a minor: under 18 on the day, an unknown birth date counting as a minor", () => {
    expect(isMinorOn("2010-05-02", "2028-05-01")).toBe(true);
    expect(isMinorOn("2010-05-02", "2028-05-02")).toBe(false);
    expect(isMinorOn(null, "2026-12-04")).toBe(true);
  });
});
