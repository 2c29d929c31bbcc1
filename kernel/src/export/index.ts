export * from "./Dataset";
export * from "./Pseudonymiser";
export * from "./exportDestinations";
export * from "./exportCursor";
export * from "./exportFormats";
export * from "./datasetQuery";
export * from "./streamExport";
export * from "./exportEndpoint";
