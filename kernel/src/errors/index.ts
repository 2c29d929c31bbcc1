export * from "./SiltaError";
export * from "./maskError";
