import { answerFhir, type GraphQLAnswer, type RunGraphQL } from "./fhirRoutes";

const id = "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11";
const client = {
  id,
  firstName: "Aino",
  lastName: "Virtanen",
  birthDate: null,
  language: "fi",
  hasNonDisclosureOrder: false,
  temporaryIdentifier: null,
  identityCode: null,
  contact: null,
};
/** A stand-in for the gateway that gives one answer and counts the operations it was asked to run. */
const answering = (body: GraphQLAnswer["body"], status = 200) => {
  const run = async () => {
    run.calls += 1;
    return { status, body };
  };
  run.calls = 0;
  return run as RunGraphQL & { calls: number };
};
const get = (path: string, search = "") => ({
  method: "GET",
  path,
  searchParams: new URLSearchParams(search),
  baseUrl: "http://hub/fhir/R4",
});
const forbidden = { message: "No client relationship.", path: ["client"], extensions: { code: "FORBIDDEN" } };

describe("answering FHIR requests from GraphQL answers", () => {
  it("reads a Patient, leaving out what the API refused on its own (the unmasked identity code)", async () => {
    const answer = await answerFhir(
      get(`/Patient/${id}`),
      answering({ data: { client }, errors: [{ ...forbidden, path: ["client", "identityCode"] }] }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ resourceType: "Patient", id });
  });

  it("answers a refused client with 403, a missing one with 404 and an unauthenticated caller with 401", async () => {
    expect((await answerFhir(get(`/Patient/${id}`), answering({ data: { client: null }, errors: [forbidden] }))).status).toBe(
      403,
    );
    expect((await answerFhir(get(`/Patient/${id}`), answering({ data: { client: null } }))).status).toBe(404);
    const login = await answerFhir(
      get(`/Patient/${id}`),
      answering({ errors: [{ message: "Sign in.", extensions: { code: "UNAUTHENTICATED" } }] }, 401),
    );
    expect(login).toMatchObject({ status: 401, body: { resourceType: "OperationOutcome", issue: [{ code: "login" }] } });
  });

  it("refuses a whole search when any part of it was refused, rather than answer a partial list", async () => {
    const answer = await answerFhir(
      get("/Observation", `patient=${id}`),
      answering({ data: { client: { id, fitEpisodes: null } }, errors: [{ ...forbidden, path: ["client", "fitEpisodes"] }] }),
    );
    expect(answer.status).toBe(403);
  });

  it("asks nothing of the API for an id that cannot be a patient's, a write, or an unknown type", async () => {
    const run = answering({ data: { client } });
    expect((await answerFhir(get("/Patient/../../graphql"), run)).status).toBe(404);
    expect((await answerFhir({ ...get(`/Patient/${id}`), method: "DELETE" }, run)).status).toBe(405);
    expect((await answerFhir(get("/Encounter", `patient=${id}`), run)).status).toBe(404);
    expect(run.calls).toBe(0);
  });

  it("gives an empty searchset for a patient the API does not know", async () => {
    const answer = await answerFhir(get("/Consent", `patient=${id}`), answering({ data: { client: null } }));
    expect(answer).toEqual({
      status: 200,
      body: {
        resourceType: "Bundle",
        type: "searchset",
        total: 0,
        link: [{ relation: "self", url: `http://hub/fhir/R4/Consent?patient=${id}` }],
      },
    });
  });
});
