export * from "./createRedis";
