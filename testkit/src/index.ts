/** Test helpers: never imported by code that ships. */
export * from "./testServices";
export * from "./testDatabase";
export * from "./viewers";
export * from "./statementCounter";
export * from "./subgraphHarness";
export * from "./schemaDrift";
export * from "./fhir/validateFhirResource";
export * from "./privatePostgres";
export * from "./benchArguments";
export * from "./tableLock";
export * from "./accessProjectionOracle";
export * from "./benchCommandLine";
export * from "./privateRedis";
export * from "./freePort";
