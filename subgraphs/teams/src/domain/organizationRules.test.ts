import { assertCountyMembershipFits } from "./organizationRules";

describe("county membership of an organisation", () => {
  it.each([
    "COUNTY_SOCIAL_SERVICES",
    "COUNTY_HEALTH_CARE",
    "COUNTY_CHILD_PROTECTION",
    "COUNTY_FAMILY_CENTRE",
    "COUNTY_ADULT_SOCIAL_WORK",
    "COUNTY_DISABILITY_SERVICES",
  ])("refuses %s outside the county", (type) => {
    expect(() => assertCountyMembershipFits("input.isCountyOrganization", type, false)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ rule: "county_type" }) }),
    );
    expect(() => assertCountyMembershipFits("input.isCountyOrganization", type, true)).not.toThrow();
  });

  it.each(["MUNICIPAL_EDUCATION", "EARLY_CHILDHOOD_EDUCATION", "EMPLOYMENT_SERVICES", "KELA", "PARISH", "NGO"])(
    "accepts %s inside or outside the county (purchased services count as the county's own)",
    (type) => {
      expect(() => assertCountyMembershipFits("input.isCountyOrganization", type, false)).not.toThrow();
      expect(() => assertCountyMembershipFits("input.isCountyOrganization", type, true)).not.toThrow();
    },
  );
});
