export * from "./SchemaShape";
export * from "./prismaSchemaShape";
export * from "./databaseSchemaShape";
