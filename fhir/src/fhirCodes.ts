/**
 * The code systems and codes of Silta's FHIR R4 view, in one place: what a reader of the produced
 * resources has to know.
 */
export const SNOMED_CT = "http://snomed.info/sct";
export const UCUM = "http://unitsofmeasure.org";
/** The Finnish personal identity code (henkilötunnus) as a FHIR identifier system. */
export const FINNISH_IDENTITY_CODE = "urn:oid:1.2.246.21";
export const BCP_47 = "urn:ietf:bcp:47";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
export const CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
export const LOINC = "http://loinc.org";
export const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
export const PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
export const CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
/** Silta's own codes where no standard one exists: instruments, their items, data categories, roles. */
export const SILTA_FIT_INSTRUMENT = "urn:silta:fhir:fit-instrument";
export const SILTA_FIT_ITEM = "urn:silta:fhir:fit-item";
export const SILTA_DATA_CATEGORY = "urn:silta:fhir:data-category";
export const SILTA_TEAM_ROLE = "urn:silta:fhir:team-role";

export type Instrument = "ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "YCSRS" | "GSRS";

interface InstrumentCode {
  /** SNOMED CT concept of the instrument (DOMAIN.md, FIT); YCSRS has none. */
  snomed?: string;
  display: string;
  /**
   * Item names only: the measures are copyrighted (ORS © Miller & Duncan, SRS © Miller, Duncan &
   * Johnson), so no wording beyond the names ships. Where Silta knows no name, the item's number.
   */
  items: readonly [string, string, string, string];
}

const numbered = ["Item 1", "Item 2", "Item 3", "Item 4"] as const;

export const INSTRUMENTS: Record<Instrument, InstrumentCode> = {
  ORS: {
    snomed: "716613004",
    display: "Outcome Rating Scale",
    items: ["Individually", "Interpersonally", "Socially", "Overall"],
  },
  SRS: {
    snomed: "720482000",
    display: "Session Rating Scale",
    items: ["Relationship", "Goals and Topics", "Approach or Method", "Overall"],
  },
  CORS: { snomed: "718458005", display: "Child Outcome Rating Scale", items: ["Me", "Family", "School", "Everything"] },
  CSRS: { snomed: "718762000", display: "Child Session Rating Scale", items: numbered },
  YCORS: { snomed: "718461006", display: "Young Child Outcome Rating Scale", items: numbered },
  YCSRS: { display: "Young Child Session Rating Scale", items: numbered },
  GSRS: { snomed: "718441000", display: "Group Session Rating Scale", items: numbered },
};
