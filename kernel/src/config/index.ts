export * from "./loadConfig";
export * as configFields from "./fields";
export type { ExportDestinations } from "./exportDestinations";
