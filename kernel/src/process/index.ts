export * from "./onShutdown";
export * from "./exitOnStartupError";
export * from "./invokedAs";
