/**
 * The shared kernel: everything a subgraph or the gateway may use, and nothing else.
 * Test helpers live in testkit/ and never ship.
 */
export * from "./config";
export * from "./log";
export * from "./errors";
export * from "./viewer";
export * from "./db";
export * from "./redis";
export * from "./events";
export * from "./access";
export * from "./http";
export * from "./subgraph/createSubgraphService";
export * from "./data/loaders";
export * from "./process";
export * from "./subgraph/subgraphConfig";
export * from "./subgraph/runSubgraph";
export * from "./settings";
export { LocalDate, todayIn } from "./time/localDate";
export * from "./graphql";
export * from "./idempotency";
export * from "./export";
export * from "./progress";
