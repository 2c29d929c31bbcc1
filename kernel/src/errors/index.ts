export * from "./SiltaError";
export * from "./maskError";
export * from "./databaseFailure";
