import { assertValidFhir, fhirProblems } from "@silta/testkit";
import { careTeamFromTeam } from "./careTeamFromTeam";
import { consentFromConsent } from "./consentFromConsent";
import type { ClientData, ConsentData, FitSessionData, MeasurementData } from "./fhirOperations";
import { observationFromMeasurement } from "./observationsFromMeasurement";
import { patientFromClient } from "./patientFromClient";
import { questionnaireResponseFromMeasurement } from "./questionnaireResponseFromMeasurement";
import { searchsetBundle } from "./searchsetBundle";

const patientId = "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11";
const worker = "0c9b7a4e-5d1f-4e2a-8b3c-6d7e8f9a0b1c";
const client: ClientData = {
  id: patientId,
  firstName: "Aino Maria",
  lastName: "Virtanen",
  birthDate: "1952-10-13",
  language: "fi",
  hasNonDisclosureOrder: false,
  temporaryIdentifier: null,
  identityCode: "131052-308T",
  contact: { streetAddress: "Kauppakatu 1", postalCode: "13100", postOffice: "Hämeenlinna", phone: "+358401234567", email: null },
};
const session: FitSessionData = { id: "s-1", heldOn: "2026-11-02", professional: { id: worker }, measurements: [] };
const ors: MeasurementData = {
  id: "5b2f6c1a-3d4e-4f5a-9b6c-7d8e9f0a1b2c",
  instrument: "ORS",
  measuredOn: "2026-11-02",
  total: 21.4,
  items: [4.2, 5.1, 6.3, 5.8],
  rater: "CLIENT",
  raterRelation: null,
};

describe("the FHIR R4 Patient of a client", () => {
  it("carries the identity code under urn:oid:1.2.246.21 when the API gave it unmasked", () => {
    const patient = patientFromClient(client);
    assertValidFhir(patient);
    expect(patient.identifier).toEqual([{ use: "official", system: "urn:oid:1.2.246.21", value: "131052-308T" }]);
    expect(patient.name).toEqual([{ use: "official", family: "Virtanen", given: ["Aino", "Maria"] }]);
    expect(patient.address).toEqual([
      { use: "home", line: ["Kauppakatu 1"], postalCode: "13100", city: "Hämeenlinna", country: "FI" },
    ]);
  });

  it("leaves out a masked or missing identity code rather than pass the mask on as an identifier", () => {
    expect(patientFromClient({ ...client, identityCode: "131052-****" }).identifier).toBeUndefined();
    expect(patientFromClient({ ...client, identityCode: null }).identifier).toBeUndefined();
  });

  it("gives no address under a non-disclosure order, whoever asks, and marks the Patient restricted", () => {
    const patient = patientFromClient({ ...client, hasNonDisclosureOrder: true });
    assertValidFhir(patient);
    expect(patient.address).toBeUndefined();
    expect(JSON.stringify(patient)).not.toMatch(/Kauppakatu|13100|Hämeenlinna/);
    expect(patient.meta?.security).toEqual([expect.objectContaining({ code: "R" })]);
  });
});

describe("FIT measurements as Observations and QuestionnaireResponses", () => {
  it("codes an ORS with SNOMED CT 716613004, the total as the value and the items as named components", () => {
    const observation = observationFromMeasurement(patientId, session, ors);
    assertValidFhir(observation);
    expect(observation.code.coding?.[0]).toEqual({
      system: "http://snomed.info/sct",
      code: "716613004",
      display: "Outcome Rating Scale",
    });
    expect(observation.valueQuantity?.value).toBe(21.4);
    expect(observation.component?.map((component) => [component.code.text, component.valueQuantity?.value])).toEqual([
      ["Individually", 4.2],
      ["Interpersonally", 5.1],
      ["Socially", 6.3],
      ["Overall", 5.8],
    ]);
    expect(observation.subject).toEqual({ reference: `Patient/${patientId}` });
  });

  it.each([
    ["SRS", "720482000"],
    ["CORS", "718458005"],
    ["CSRS", "718762000"],
    ["YCORS", "718461006"],
    ["GSRS", "718441000"],
  ] as const)("codes %s with SNOMED CT %s", (instrument, code) => {
    const observation = observationFromMeasurement(patientId, session, { ...ors, instrument });
    assertValidFhir(observation);
    expect(observation.code.coding?.find((coding) => coding.system === "http://snomed.info/sct")?.code).toBe(code);
  });

  it("codes YCSRS, which has no SNOMED CT concept, with Silta's instrument code only", () => {
    const observation = observationFromMeasurement(patientId, session, { ...ors, instrument: "YCSRS" });
    assertValidFhir(observation);
    expect(observation.code.coding).toEqual([
      expect.objectContaining({ system: "urn:silta:fhir:fit-instrument", code: "YCSRS" }),
    ]);
  });

  it("gives a total-only measurement no components, and names a collateral rater by relation", () => {
    const observation = observationFromMeasurement(patientId, session, {
      ...ors,
      items: null,
      rater: "PARENT",
      raterRelation: "mother",
    });
    assertValidFhir(observation);
    expect(observation.component).toBeUndefined();
    expect(observation.note).toEqual([{ text: "Collateral rater: parent (mother)" }]);
  });

  it("ships no item wording beyond the item names", () => {
    const text = JSON.stringify([
      observationFromMeasurement(patientId, session, ors),
      questionnaireResponseFromMeasurement(patientId, session, ors),
    ]);
    // The ORS's item descriptions ("personal well-being", "family, close relationships", ...) are not the names.
    expect(text).not.toMatch(/well-being|close relationships|work, school|sense of well/i);
  });

  it("gives the answers as a QuestionnaireResponse: the four items and the total", () => {
    const response = questionnaireResponseFromMeasurement(patientId, session, ors);
    assertValidFhir(response);
    expect(response.item?.[0]?.item?.map((item) => [item.linkId, item.text, item.answer?.[0]?.valueDecimal])).toEqual([
      ["1", "Individually", 4.2],
      ["2", "Interpersonally", 5.1],
      ["3", "Socially", 6.3],
      ["4", "Overall", 5.8],
      ["total", "Total", 21.4],
    ]);
    expect(response.source).toEqual({ reference: `Patient/${patientId}` });
  });
});

describe("teams and consents", () => {
  it("makes a team a CareTeam of its current members, the responsible worker marked", () => {
    const careTeam = careTeamFromTeam(
      patientId,
      {
        id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        name: "Virtasen tiimi",
        kind: "CLIENT_TEAM",
        members: [
          { id: "m1", role: "member", since: "2026-01-01", until: null, professional: { id: worker } },
          { id: "m2", role: "member", since: "2025-01-01", until: "2025-12-31", professional: { id: "former" } },
        ],
      },
      worker,
    );
    assertValidFhir(careTeam);
    expect(careTeam.participant).toEqual([
      {
        role: [
          { coding: [{ system: "urn:silta:fhir:team-role", code: "member" }], text: "member" },
          { coding: [{ system: "urn:silta:fhir:team-role", code: "responsible_worker" }], text: "responsible_worker" },
        ],
        member: { reference: `Practitioner/${worker}` },
        period: { start: "2026-01-01" },
      },
    ]);
  });

  const consent: ConsentData = {
    id: "1a000000-0000-4000-8000-000000000001",
    kind: "SHARING",
    categories: ["BASIC", "FIT"],
    validFrom: "2026-01-01",
    validUntil: null,
    givenAt: "2026-01-01T10:00:00.000Z",
    revokedAt: null,
    isActive: true,
    recipientOrganizations: [{ id: "3c2b1a00-0000-4000-8000-000000000001" }],
    recipientTeams: [],
  };

  it("makes a consent an active privacy Consent naming the recipients and the data categories", () => {
    const resource = consentFromConsent(patientId, consent);
    assertValidFhir(resource);
    expect(resource.status).toBe("active");
    expect(resource.provision?.actor?.[0]?.reference).toEqual({ reference: "Organization/3c2b1a00-0000-4000-8000-000000000001" });
    expect(resource.provision?.class?.map((coding) => coding.code)).toEqual(["basic", "fit"]);
  });

  it("makes a revoked consent inactive", () => {
    expect(consentFromConsent(patientId, { ...consent, isActive: false, revokedAt: "2026-02-01T00:00:00Z" }).status).toBe(
      "inactive",
    );
  });
});

describe("the structural validator of testkit", () => {
  it("finds a missing status, a relative code system and a reference that resolves nowhere", () => {
    const observation = observationFromMeasurement(patientId, session, ors) as unknown as Record<string, unknown>;
    const broken = { ...observation, status: undefined, category: [{ coding: [{ system: "local", code: "x" }] }] };
    const bundle = searchsetBundle("http://hub/fhir/R4", "http://hub/fhir/R4/Observation?patient=1", [
      { ...observation, subject: { reference: "http://elsewhere/Patient/1" } } as never,
    ]);
    expect(fhirProblems(broken)).toEqual(
      expect.arrayContaining([
        "Observation.status: required",
        "Observation.category[0].coding[0].system: local is not an absolute URI",
      ]),
    );
    expect(fhirProblems(bundle)).toEqual([
      "Bundle.entry[0].resource.subject.reference: http://elsewhere/Patient/1 is neither relative nor in the Bundle",
    ]);
    expect(fhirProblems({ ...observation, status: "bogus" }).some((problem) => problem.includes("status"))).toBe(true);
    const badDate = searchsetBundle("http://hub/fhir/R4", "http://hub/fhir/R4/Patient", [
      { ...patientFromClient(client), birthDate: "1952-13-45" },
    ]);
    expect(fhirProblems(badDate).some((problem) => problem.startsWith("Patient.birthDate"))).toBe(true);
  });
});
