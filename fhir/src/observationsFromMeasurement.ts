import type { Coding, Observation, Quantity } from "fhir/r4";
import { INSTRUMENTS, OBSERVATION_CATEGORY, SILTA_FIT_INSTRUMENT, SILTA_FIT_ITEM, SNOMED_CT, UCUM } from "./fhirCodes";
import type { FitSessionData, MeasurementData } from "./fhirOperations";

const score = (value: number): Quantity => ({ value, unit: "score", system: UCUM, code: "{score}" });

/** The instrument as a CodeableConcept: its SNOMED CT concept where it has one, always Silta's own code. */
export function instrumentCodings(instrument: MeasurementData["instrument"]): Coding[] {
  const known = INSTRUMENTS[instrument];
  return [
    ...(known.snomed ? [{ system: SNOMED_CT, code: known.snomed, display: known.display }] : []),
    { system: SILTA_FIT_INSTRUMENT, code: instrument, display: known.display },
  ];
}

/** The code of an instrument's item, e.g. `ORS-1`, with the item's name (names only: copyright). */
export function itemCoding(instrument: MeasurementData["instrument"], index: number): Coding {
  return { system: SILTA_FIT_ITEM, code: `${instrument}-${index + 1}`, display: INSTRUMENTS[instrument].items[index] };
}

/**
 * One FIT measurement as a FHIR R4 Observation: the total (0–40) as the value, the four item scores
 * (0.0–10.0) as components when the rater gave them. The professional of the session is the
 * performer; a collateral rater (rinnakkaisarvioija) is named by relation in a note. It is derived
 * from the QuestionnaireResponse of the same id.
 */
export function observationFromMeasurement(
  patientId: string,
  session: FitSessionData,
  measurement: MeasurementData,
): Observation {
  const collateral = measurement.rater !== "CLIENT";
  return {
    resourceType: "Observation",
    id: measurement.id,
    status: "final",
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" }] }],
    code: { coding: instrumentCodings(measurement.instrument), text: measurement.instrument },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: measurement.measuredOn,
    performer: [{ reference: `Practitioner/${session.professional.id}` }],
    valueQuantity: score(measurement.total),
    ...(collateral
      ? {
          note: [
            {
              text: `Collateral rater: ${measurement.rater.toLowerCase().replace("_", " ")}${measurement.raterRelation ? ` (${measurement.raterRelation})` : ""}`,
            },
          ],
        }
      : {}),
    derivedFrom: [{ reference: `QuestionnaireResponse/${measurement.id}` }],
    ...(measurement.items
      ? {
          component: measurement.items.map((value, index) => ({
            code: { coding: [itemCoding(measurement.instrument, index)], text: INSTRUMENTS[measurement.instrument].items[index] },
            valueQuantity: score(value),
          })),
        }
      : {}),
  };
}
