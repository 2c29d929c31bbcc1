import { randomUUID } from "node:crypto";
import type { Bundle, CapabilityStatement, Observation, OperationOutcome, Patient } from "fhir/r4";
import { assertValidFhir } from "@silta/testkit";
import { startHubWorld, type HubWorld } from "./support/hubWorld";

/**
 * The FHIR R4 read view through the gateway of the real hub (five subgraphs on PostgreSQL): it runs
 * GraphQL as the caller, so the API's access rules and access log apply unchanged.
 */
describe("the FHIR R4 read view", () => {
  let world: HubWorld;
  let clientId: string;
  const fhir = async <Resource>(path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${world.origin}/fhir/R4${path}`, { headers });
    return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Resource };
  };
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const answer = await world.graphql(query, variables, world.socialWorker.bearer);
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return answer.body.data as Record<string, any>;
  };
  const accessLog = (viewerId: string) =>
    world.databases["consents"]!.sql.query<{ client_id: string; outcome: string; category: string; purpose: string | null }>(
      // One entry per client and batch, one item per category (docs/access.md).
      `SELECT l.client_id, i.outcome, i.category, l.purpose
         FROM access_log_entries l
        CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(l.items) AS (outcome text, category text))
             WITH ORDINALITY AS i(outcome, category, ord)
        WHERE l.viewer_id = $1 ORDER BY l.id, i.ord`,
      [viewerId],
    );

  beforeAll(async () => {
    world = await startHubWorld("fhir");
    const created = await ok(`mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`, {
      input: {
        identityCode: "131052-308T",
        firstName: "Aino",
        lastName: "Virtanen",
        controllerOrganizationId: world.county,
        contact: { streetAddress: "Kauppakatu 1", postalCode: "13100", postOffice: "Hämeenlinna" },
      },
    });
    clientId = created["createClient"].client.id;
    await world.grantResponsibleWorker(clientId, world.socialWorker.id);
    const episodeId = randomUUID();
    await ok(`mutation ($input: OpenFitEpisodeInput!) { openFitEpisode(input: $input) { id } }`, {
      input: { id: episodeId, clientId, ownerProfessionalId: world.socialWorker.id, startedOn: world.today },
    });
    await ok(`mutation ($input: RecordFitSessionInput!) { recordFitSession(input: $input) { id } }`, {
      input: {
        episodeId,
        heldOn: world.today,
        mode: "FACE_TO_FACE",
        measurements: [
          { instrument: "ORS", items: [4.2, 5.1, 6.3, 5.8] },
          { instrument: "SRS", total: 37.5 },
        ],
      },
    });
  }, 120_000);
  afterAll(() => world?.stop());

  it("gives a social worker the Patient, with the identity code the API showed her unmasked and logged", async () => {
    const { status, type, body } = await fhir<Patient>(`/Patient/${clientId}`, world.socialWorker.bearer);
    expect(status).toBe(200);
    expect(type).toBe("application/fhir+json; charset=utf-8");
    assertValidFhir(body);
    expect(body).toMatchObject({ resourceType: "Patient", id: clientId, birthDate: "1952-10-13" });
    expect(body.identifier).toEqual([{ use: "official", system: "urn:oid:1.2.246.21", value: "131052-308T" }]);
    expect(body.address?.[0]?.line).toEqual(["Kauppakatu 1"]);
    const log = await accessLog(world.socialWorker.id);
    expect(
      log.some((entry) => entry.client_id === clientId && entry.outcome === "allowed" && /unmasked/.test(entry.purpose ?? "")),
    ).toBe(true);
  });

  it("gives the social worker the client's FIT measurements as a searchset of coded Observations", async () => {
    const { status, body } = await fhir<Bundle>(`/Observation?patient=${clientId}`, world.socialWorker.bearer);
    expect(status).toBe(200);
    assertValidFhir(body);
    expect(body.type).toBe("searchset");
    expect(body.total).toBe(2);
    const observations = body.entry!.map((entry) => entry.resource as Observation);
    const byCode = Object.fromEntries(observations.map((observation) => [observation.code.text, observation]));
    expect(byCode["ORS"]?.code.coding?.[0]).toMatchObject({ system: "http://snomed.info/sct", code: "716613004" });
    expect(byCode["ORS"]?.valueQuantity?.value).toBeCloseTo(21.4);
    expect(byCode["ORS"]?.component).toHaveLength(4);
    expect(byCode["SRS"]?.code.coding?.[0]).toMatchObject({ code: "720482000" });
    expect(byCode["SRS"]?.valueQuantity?.value).toBe(37.5);
    expect(observations.every((observation) => observation.subject?.reference === `Patient/${clientId}`)).toBe(true);
  });

  it("searches QuestionnaireResponses, CareTeams and Consents by patient, each a valid searchset", async () => {
    for (const type of ["QuestionnaireResponse", "CareTeam", "Consent"]) {
      const { status, body } = await fhir<Bundle>(`/${type}?patient=Patient/${clientId}`, world.socialWorker.bearer);
      expect({ type, status }).toEqual({ type, status: 200 });
      assertValidFhir(body);
    }
  });

  it("refuses a professional without a client relationship with a 403 OperationOutcome, and logs the denial", async () => {
    const before = (await accessLog(world.outsider.id)).length;
    const { status, type, body } = await fhir<OperationOutcome>(`/Patient/${clientId}`, world.outsider.bearer);
    expect(status).toBe(403);
    expect(type).toBe("application/fhir+json; charset=utf-8");
    assertValidFhir(body);
    expect(body.issue[0]).toMatchObject({ severity: "error", code: "forbidden" });
    expect(JSON.stringify(body)).not.toContain("Virtanen");
    const denied = (await accessLog(world.outsider.id)).slice(before);
    // client(id) asks basic data first, then the other categories in one batch: every one denied, and logged.
    expect(denied).toContainEqual(expect.objectContaining({ client_id: clientId, outcome: "denied", category: "basic" }));
    expect(denied.every((entry) => entry.client_id === clientId && entry.outcome === "denied")).toBe(true);
    const search = await fhir<OperationOutcome>(`/Observation?patient=${clientId}`, world.outsider.bearer);
    expect(search.status).toBe(403);
  });

  it("answers an unknown patient id with a 404 OperationOutcome", async () => {
    const unknown = await fhir<OperationOutcome>(`/Patient/${randomUUID()}`, world.system.bearer);
    expect(unknown.status).toBe(404);
    assertValidFhir(unknown.body);
    expect(unknown.body.issue[0]?.code).toBe("not-found");
    expect((await fhir<OperationOutcome>("/Patient/not-a-uuid", world.system.bearer)).status).toBe(404);
  });

  it("asks for a token (401), refuses writes (405) and says what it can do (metadata)", async () => {
    const anonymous = await fhir<OperationOutcome>(`/Patient/${clientId}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.issue[0]?.code).toBe("login");
    const write = await fetch(`${world.origin}/fhir/R4/Patient/${clientId}`, {
      method: "PUT",
      headers: world.socialWorker.bearer,
    });
    expect(write.status).toBe(405);
    const metadata = await fhir<CapabilityStatement>("/metadata");
    expect(metadata.status).toBe(200);
    assertValidFhir(metadata.body);
    expect(metadata.body.rest?.[0]?.resource?.map((resource) => resource.type)).toEqual([
      "Patient",
      "CareTeam",
      "Consent",
      "QuestionnaireResponse",
      "Observation",
    ]);
  });

  it("needs the patient to search", async () => {
    const { status, body } = await fhir<OperationOutcome>("/Observation", world.socialWorker.bearer);
    expect(status).toBe(400);
    expect(body.issue[0]?.code).toBe("invalid");
  });
});
