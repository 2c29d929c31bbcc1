export * from "./Database";
export * from "./openPostgres";
export * from "./openPglite";
export * from "./migrate";
export * from "./grantApplicationRole";
export * from "./requestDeadline";
