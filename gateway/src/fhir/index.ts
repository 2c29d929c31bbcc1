export { isFhirPath, serveFhir, FHIR_CONTENT_TYPE, type FhirGateway } from "./fhirHttp";
export { answerFhir, type FhirRequest, type RunGraphQL } from "./fhirRoutes";
export { FHIR_BASE_PATH, SEARCHABLE_TYPES } from "./fhirInteractions";
