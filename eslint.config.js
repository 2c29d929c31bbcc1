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
      // A package's own source is never imported as @silta/<name>/src/…: that is what its exports are for.
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@silta/*/src", "@silta/*/src/*"], message: "import the package's entry or an exported subpath" }],
        },
      ],
    },
  },
);
