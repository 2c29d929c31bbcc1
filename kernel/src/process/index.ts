export * from "./onShutdown";
export * from "./exitOnStartupError";
