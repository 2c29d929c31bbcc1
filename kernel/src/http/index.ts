export * from "./createHttpService";
export * from "./requestId";
export * from "./httpIo";
export * from "./deadlineHeader";
export * from "./requestDeadlineOf";
export * from "./router";
