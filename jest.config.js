/**
 * The hub's tests in three Jest projects, one run: `unit` (pure `*.test.ts`, no services, seconds:
 * `npm test -- --selectProjects unit`), `ui` (the web app's component tests in jsdom, the `*.test.ts(x)` under ui/,
 * no services) and `integration` (`*.int.test.ts` and `*.e2e.test.ts`, on
 * the real PostgreSQL and Redis, which its global setup checks first). ts-jest only transpiles
 * (isolatedModules): types are checked once by `tsc` in `npm test`, much faster than per test file.
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: "node",
  roots: [
    "<rootDir>/events",
    "<rootDir>/kernel",
    "<rootDir>/export",
    "<rootDir>/testkit",
    "<rootDir>/fhir",
    "<rootDir>/subgraphs",
    "<rootDir>/gateway",
    "<rootDir>/hub",
    "<rootDir>/scripts",
    "<rootDir>/e2e",
    "<rootDir>/deploy",
  ],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  // jose, and the uuid that thrift (of @dsnp/parquetjs) requires, ship only ES modules; everything
  // else in node_modules is CommonJS already.
  transformIgnorePatterns: ["/node_modules/(?!(jose|uuid|thrift/node_modules/uuid)/)"],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "\\.int\\.test\\.ts$", "\\.e2e\\.test\\.ts$"],
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/ui"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/dist/", "\\.int\\.test\\.tsx?$", "\\.e2e\\.test\\.tsx?$"],
      transform: {
        "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: "<rootDir>/ui/tsconfig.jest.json" }],
      },
      setupFilesAfterEnv: ["<rootDir>/ui/test/setup.ts"],
      // Vite imports the stylesheet; in jsdom it is nothing.
      moduleNameMapper: { "\\.css$": "<rootDir>/ui/test/styleStub.ts" },
    },
    {
      ...shared,
      displayName: "integration",
      testMatch: ["**/*.int.test.ts", "**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/testkit/src/globalSetup.ts",
    },
  ],
  testTimeout: 30_000,
  // Two cores: two workers keep PostgreSQL and the suite from starving each other.
  maxWorkers: 2,
};
