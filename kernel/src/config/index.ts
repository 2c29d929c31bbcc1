export * from "./loadConfig";
export * as configFields from "./fields";
