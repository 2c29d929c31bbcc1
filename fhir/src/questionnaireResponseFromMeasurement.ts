import type { QuestionnaireResponse, QuestionnaireResponseItem } from "fhir/r4";
import { INSTRUMENTS } from "./fhirCodes";
import type { FitSessionData, MeasurementData } from "./fhirOperations";

/**
 * One FIT measurement as the answers it was: one item per scale (linkId 1–4, named, never worded:
 * the measures are copyrighted) and the total (linkId `total`). No Questionnaire resource is
 * published, so `questionnaire` is left out; the answers are grouped under the instrument's code.
 */
export function questionnaireResponseFromMeasurement(
  patientId: string,
  session: FitSessionData,
  measurement: MeasurementData,
): QuestionnaireResponse {
  const names = INSTRUMENTS[measurement.instrument].items;
  const items: QuestionnaireResponseItem[] = (measurement.items ?? []).map((value, index) => ({
    linkId: String(index + 1),
    text: names[index],
    answer: [{ valueDecimal: value }],
  }));
  items.push({ linkId: "total", text: "Total", answer: [{ valueDecimal: measurement.total }] });
  return {
    resourceType: "QuestionnaireResponse",
    id: measurement.id,
    status: "completed",
    subject: { reference: `Patient/${patientId}` },
    authored: measurement.measuredOn,
    author: { reference: `Practitioner/${session.professional.id}` },
    // Who answered: the client, or a collateral rater Silta keeps no record of.
    ...(measurement.rater === "CLIENT" ? { source: { reference: `Patient/${patientId}` } } : {}),
    item: [{ linkId: measurement.instrument, text: INSTRUMENTS[measurement.instrument].display, item: items }],
  };
}
