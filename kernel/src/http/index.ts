export * from "./createHttpService";
export * from "./requestId";
export * from "./httpIo";
