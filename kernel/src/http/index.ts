export * from "./createHttpService";
export * from "./requestId";
