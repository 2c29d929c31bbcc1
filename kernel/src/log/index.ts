export * from "./createLogger";
export * from "./redact";
