/**
 * The kinds of organisation unit a county's multidisciplinary work draws on, with their share of the
 * professionals and the professions they employ. Shares are a plausible mix, not statistics.
 */
export type OrganizationType =
  | "COUNTY_SOCIAL_SERVICES"
  | "COUNTY_HEALTH_CARE"
  | "MUNICIPAL_EDUCATION"
  | "EARLY_CHILDHOOD_EDUCATION"
  | "EMPLOYMENT_SERVICES"
  | "KELA"
  | "PARISH"
  | "NGO";

export type UnitKind =
  | "childProtection"
  | "familySocialServices"
  | "familyCentre"
  | "adultSocialWork"
  | "disabilityServices"
  | "healthCare"
  | "mentalHealth"
  | "education"
  | "earlyChildhoodEducation"
  | "employmentServices"
  | "kela"
  | "parish"
  | "ngo";

export interface UnitSpec {
  type: OrganizationType;
  /** Part of the wellbeing services county (the controller); everything else is outside it. */
  county: boolean;
  /** One unit per municipality (or per employment area); otherwise one for the whole county. */
  local: boolean;
  /** Share of all professionals. */
  staffShare: number;
  /** The unit's manager, the first professional of every unit. */
  manager: string;
  professions: Readonly<Record<string, number>>;
  /** Likelihood that a (non-manager) professional here has taken FIT training. */
  fitTraining: number;
}

export const units: Readonly<Record<UnitKind, UnitSpec>> = {
  childProtection: {
    type: "COUNTY_SOCIAL_SERVICES",
    county: true,
    local: false,
    staffShare: 0.12,
    manager: "social services manager",
    professions: { "social worker": 0.5, "social counsellor": 0.3, "family worker": 0.2 },
    fitTraining: 0.75,
  },
  familySocialServices: {
    type: "COUNTY_SOCIAL_SERVICES",
    county: true,
    local: false,
    staffShare: 0.1,
    manager: "unit manager",
    professions: { "social worker": 0.35, "social counsellor": 0.3, "family worker": 0.35 },
    fitTraining: 0.8,
  },
  familyCentre: {
    type: "COUNTY_HEALTH_CARE",
    county: true,
    local: true,
    staffShare: 0.14,
    manager: "family centre manager",
    professions: {
      "public health nurse": 0.45,
      psychologist: 0.15,
      "family worker": 0.2,
      "speech therapist": 0.1,
      physician: 0.1,
    },
    fitTraining: 0.75,
  },
  adultSocialWork: {
    type: "COUNTY_SOCIAL_SERVICES",
    county: true,
    local: false,
    staffShare: 0.1,
    manager: "unit manager",
    professions: { "social worker": 0.5, "social counsellor": 0.5 },
    fitTraining: 0.75,
  },
  disabilityServices: {
    type: "COUNTY_SOCIAL_SERVICES",
    county: true,
    local: false,
    staffShare: 0.07,
    manager: "unit manager",
    professions: { "social worker": 0.4, "social counsellor": 0.45, psychologist: 0.15 },
    fitTraining: 0.65,
  },
  healthCare: {
    type: "COUNTY_HEALTH_CARE",
    county: true,
    local: false,
    staffShare: 0.12,
    manager: "head nurse",
    professions: { physician: 0.3, nurse: 0.5, psychologist: 0.2 },
    fitTraining: 0.6,
  },
  mentalHealth: {
    type: "COUNTY_HEALTH_CARE",
    county: true,
    local: false,
    staffShare: 0.07,
    manager: "unit manager",
    professions: { "psychiatric nurse": 0.55, psychologist: 0.25, physician: 0.1, "social worker": 0.1 },
    fitTraining: 0.85,
  },
  education: {
    type: "MUNICIPAL_EDUCATION",
    county: false,
    local: true,
    staffShare: 0.1,
    manager: "principal",
    professions: { "school curator": 0.35, "school psychologist": 0.2, "special education teacher": 0.35, teacher: 0.1 },
    fitTraining: 0.35,
  },
  earlyChildhoodEducation: {
    type: "EARLY_CHILDHOOD_EDUCATION",
    county: false,
    local: true,
    staffShare: 0.04,
    manager: "early childhood education director",
    professions: {
      "early childhood education teacher": 0.6,
      "special early childhood education teacher": 0.3,
      "childcare nurse": 0.1,
    },
    fitTraining: 0.3,
  },
  employmentServices: {
    type: "EMPLOYMENT_SERVICES",
    county: false,
    local: true,
    staffShare: 0.05,
    manager: "unit manager",
    professions: { "employment counsellor": 0.75, "career coach": 0.25 },
    fitTraining: 0.3,
  },
  kela: {
    type: "KELA",
    county: false,
    local: false,
    staffShare: 0.02,
    manager: "service manager",
    professions: { "benefits specialist": 0.7, "rehabilitation specialist": 0.3 },
    fitTraining: 0.15,
  },
  parish: {
    type: "PARISH",
    county: false,
    local: true,
    staffShare: 0.03,
    manager: "head of diaconal work",
    professions: { deacon: 0.7, "youth worker": 0.3 },
    fitTraining: 0.3,
  },
  ngo: {
    type: "NGO",
    county: false,
    local: false,
    staffShare: 0.04,
    manager: "executive director",
    professions: { "family worker": 0.4, "peer support coordinator": 0.3, "youth worker": 0.3 },
    fitTraining: 0.7,
  },
};

export const unitKinds = Object.keys(units) as UnitKind[];

/** The county units whose social workers act as responsible workers (vastuutyöntekijä). */
export const socialServiceKinds: readonly UnitKind[] = [
  "childProtection",
  "familySocialServices",
  "adultSocialWork",
  "disabilityServices",
];

/** Third-sector organisations (järjestöt) of the county; as many as the county's size calls for. */
export const ngoNames = [
  "family support association",
  "mental health association",
  "youth work association",
  "child welfare league, local branch",
  "recovery and peer support association",
  "association for people with disabilities",
] as const;
