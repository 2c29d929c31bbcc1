export * from "./types";
export * from "./AccessGuard";
export * from "./foundationPolicy";
export * from "./loggerAccessLog";
export * from "./accessServiceToken";
export * from "./remoteAccessPolicy";
export * from "./accessLogEntry";
export * from "./visibleClients";
