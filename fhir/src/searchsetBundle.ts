import type { Bundle, FhirResource } from "fhir/r4";

/**
 * A search's matches as a `searchset` Bundle: every entry has its full URL under `baseUrl`, so a
 * reference such as `Patient/<id>` in one entry resolves against the others.
 */
export function searchsetBundle(baseUrl: string, selfUrl: string, resources: FhirResource[]): Bundle {
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: resources.length,
    link: [{ relation: "self", url: selfUrl }],
    // FHIR has no empty arrays: a search that matched nothing has no `entry` at all.
    ...(resources.length > 0
      ? {
          entry: resources.map((resource) => ({
            fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
            resource,
            search: { mode: "match" as const },
          })),
        }
      : {}),
  };
}
