export * from "./Database";
export * from "./openPostgres";
export { readPooled, readPrepared, readPreparedOver, type TaggedStatement } from "./preparedReads";
// The PGlite runtime and its Sql stay inside the kernel: both openers share them.
export { openPglite, type PgliteSettings } from "./openPglite";
export * from "./openEmbeddedDatabases";
export * from "./migrate";
export * from "./grantApplicationRole";
export * from "./requestDeadline";
export { PLATFORM_MIGRATIONS_DIR } from "./platformMigrations";
