// What the contract tests use: the package's public surface, plus the contract builder.
export * from "./index";
export { contract } from "./contract";
