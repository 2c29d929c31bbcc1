import type { CapabilityStatement } from "fhir/r4";
import { SEARCHABLE_TYPES } from "./fhirInteractions";

/** What the FHIR view can do (`GET /fhir/R4/metadata`): read Patient, search the rest by patient. */
export function capabilityStatement(baseUrl: string, date: string): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date,
    kind: "instance",
    software: { name: "Silta FHIR R4 read view" },
    implementation: { description: "Read-only FHIR R4 view of the Silta hub, on top of its GraphQL API", url: baseUrl },
    fhirVersion: "4.0.1",
    format: ["application/fhir+json", "json"],
    rest: [
      {
        mode: "server",
        security: {
          cors: true,
          description:
            "Bearer tokens as for the GraphQL API. Every read goes through the GraphQL API with the caller's own viewer: the same access rules, and every read and denial in the access log.",
        },
        resource: [
          { type: "Patient", interaction: [{ code: "read" }] },
          ...SEARCHABLE_TYPES.map((type) => ({
            type,
            interaction: [{ code: "search-type" as const }],
            searchParam: [
              {
                name: "patient",
                type: "reference" as const,
                documentation: "Required: the patient whose resources are searched, as `<id>` or `Patient/<id>`.",
              },
            ],
          })),
        ],
      },
    ],
  };
}
