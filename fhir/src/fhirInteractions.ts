/** Where the FHIR view is served, and which types it searches by patient (all but Patient, which it reads). */
export const FHIR_BASE_PATH = "/fhir/R4";
export const SEARCHABLE_TYPES = ["CareTeam", "Consent", "QuestionnaireResponse", "Observation"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];
