// @ts-check
/**
 * `npm run lint`: typescript-eslint with type information, for what the type checker lets pass and a
 * reviewer easily misses: a promise nobody awaits, a switch that forgets a case of a union, and an
 * import that reaches into another workspace package instead of going through what it exports.
 * Formatting is prettier's job (`prettier --check`), not ESLint's.
 */
const { defineConfig } = require("eslint/config");
const tseslint = require("typescript-eslint");
const silta = require("./scripts/lint/workspaceBoundaries");

/** A package's own source is never imported as @silta/<name>/src/…: that is what its exports are for. */
const deepImports = { group: ["@silta/*/src", "@silta/*/src/*"], message: "import the package's entry or an exported subpath" };

/**
 * ADR 0015, one data-access idiom per kind of store. String-built SQL through Prisma is refused everywhere
 * but the adapter that lends a Prisma transaction to the kernel's platform statements (events, idempotency).
 */
const stringBuiltSql = [
  { property: "$queryRawUnsafe", message: "use the tagged $queryRaw`…` with Prisma.sql fragments (ADR 0015)" },
  { property: "$executeRawUnsafe", message: "use the tagged $executeRaw`…` with Prisma.sql fragments (ADR 0015)" },
  { object: "Prisma", property: "raw", message: "compose with Prisma.sql, Prisma.join and Prisma.empty (ADR 0015)" },
];
const sqlAdapters = ["kernel/src/events/eventSql.ts"];

/**
 * ADR 0015: a subgraph's own SQL goes through its Prisma client; the kernel's `Sql` is the platform's,
 * and schema maintenance's: DDL on objects named from the catalog, which no tagged template can bind.
 * The subgraph files that may use it are named here, each with its reason in the ADR; nothing else joins them.
 */
const kernelSqlExceptions = [
  // Detaches, drops and renames the access log's monthly partitions by name (ADR 0015, "Schema maintenance").
  "subgraphs/consents/src/audit/retireAccessLog.ts",
  // The access log's two append statements, prepared, on pg directly (ADR 0015, "The access log's append").
  "subgraphs/consents/src/access/accessLogStore.ts",
];

module.exports = defineConfig(
  {
    ignores: [
      "**/node_modules/**",
      // Written by tools: the resolver maps and types of codegen, the Prisma clients.
      "**/*.generated.ts",
      "subgraphs/*/src/data/prisma/**",
      // Browser script of the GraphQL IDE page, outside the TypeScript project.
      "gateway/src/ide/browser/**",
      ".silta/**",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin, silta },
    // Directives for rules of other tools (no-explicit-any) are left alone.
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "silta/workspace-boundaries": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "no-restricted-imports": ["error", { patterns: [deepImports] }],
      "no-restricted-properties": ["error", ...stringBuiltSql],
    },
  },
  {
    files: sqlAdapters,
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["subgraphs/*/src/**/*.ts"],
    ignores: kernelSqlExceptions,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [deepImports],
          paths: [
            {
              name: "@silta/kernel",
              importNames: ["Sql"],
              message: "a subgraph's SQL goes through its Prisma client: the model API, or the tagged $queryRaw`…` (ADR 0015)",
            },
          ],
        },
      ],
    },
  },
);
