import type { RouteHandler } from "@silta/kernel";
import { serveFhir, type FhirGateway } from "../fhir";

/** `/fhir/R4` and below: the FHIR R4 read view, its GraphQL run through this gateway as the caller. */
export function fhirRoute(gateway: FhirGateway): RouteHandler {
  return (request, response, requestId) => serveFhir(gateway, request, response, requestId);
}
