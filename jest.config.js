/**
 * One Jest run for the whole hub. ts-jest only transpiles (isolatedModules): types are checked once
 * by `tsc --noEmit` in `npm test`, which is much faster than checking per test file.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: [
    "<rootDir>/kernel",
    "<rootDir>/testkit",
    "<rootDir>/subgraphs",
    "<rootDir>/gateway",
    "<rootDir>/hub",
    "<rootDir>/scripts",
    "<rootDir>/e2e",
    "<rootDir>/deploy",
  ],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  // jose, and the uuid that thrift (of @dsnp/parquetjs) requires, ship only ES modules; everything
  // else in node_modules is CommonJS already.
  transformIgnorePatterns: ["/node_modules/(?!(jose|uuid|thrift/node_modules/uuid)/)"],
  globalSetup: "<rootDir>/testkit/src/globalSetup.ts",
  testTimeout: 30_000,
  // Two cores: two workers keep PostgreSQL and the suite from starving each other.
  maxWorkers: 2,
};
