import { badUserInput } from "@silta/kernel";

/** Types that name one of the county's own service tasks: such an organisation is the county's by definition. */
const COUNTY_TYPES = new Set([
  "COUNTY_SOCIAL_SERVICES",
  "COUNTY_HEALTH_CARE",
  "COUNTY_CHILD_PROTECTION",
  "COUNTY_FAMILY_CENTRE",
  "COUNTY_ADULT_SOCIAL_WORK",
  "COUNTY_DISABILITY_SERVICES",
]);

/**
 * Whether an organisation is the county's decides whether sharing with it is a disclosure, so a
 * county service type marked as outside the county is refused rather than guessed. The reverse is
 * allowed: an NGO or parish producing a purchased service counts as the county's own.
 */
export function assertCountyMembershipFits(field: string, type: string, isCountyOrganization: boolean): void {
  if (COUNTY_TYPES.has(type) && !isCountyOrganization)
    throw badUserInput(field, "county_type", `An organisation of type ${type} belongs to the county: ${field} must be true.`);
}
