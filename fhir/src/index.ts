/**
 * The FHIR R4 read view (docs/fhir.md): FHIR requests answered from GraphQL operations that the
 * caller runs through the gateway. It knows FHIR and Silta's GraphQL API, nothing of the gateway.
 */
export { isFhirPath, serveFhir, FHIR_CONTENT_TYPE } from "./fhirHttp";
export { answerFhir, type FhirAnswer, type FhirRequest, type GraphQLAnswer, type RunGraphQL } from "./fhirRoutes";
export { FHIR_BASE_PATH, SEARCHABLE_TYPES } from "./fhirInteractions";
export { GATEWAY_ERROR_CODES } from "./gatewayErrorCodes";
