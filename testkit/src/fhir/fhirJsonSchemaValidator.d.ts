// The package ships no types; this is the part Silta uses.
declare module "@asymmetrik/fhir-json-schema-validator" {
  interface SchemaError {
    keyword: string;
    dataPath: string;
    schemaPath: string;
    params: Record<string, unknown>;
    message?: string;
  }
  class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** Errors against HL7's FHIR R4 JSON schema; none when valid. */
    validate(resource: object, verbose?: boolean): (SchemaError | string)[];
  }
  export = JSONSchemaValidator;
}
