export * from "./types";
export * from "./AccessGuard";
export * from "./foundationPolicy";
export * from "./loggerAccessLog";
