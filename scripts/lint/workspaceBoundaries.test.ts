import { join } from "node:path";
import { RuleTester, type Rule } from "eslint";
import tseslint from "typescript-eslint";

/** The boundary rule of eslint.config.js, on the repository's real package.json files. */
const root = join(__dirname, "..", "..");
const at = (path: string) => join(root, path);
// Plain JavaScript, as eslint.config.js loads it without TypeScript.
const { rules } = require("./workspaceBoundaries") as { rules: Record<string, Rule.RuleModule> };
const rule = rules["workspace-boundaries"]!;
/** `import type` needs TypeScript's parser. */
const typeScript = { parser: tseslint.parser } as const;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });

tester.run("silta/workspace-boundaries", rule, {
  valid: [
    { filename: at("scripts/seed/seedHub.ts"), code: 'import { refreshDerived } from "@silta/fit";' },
    { filename: at("scripts/export/exportDatasets.ts"), code: 'import { fitDatasets } from "@silta/fit/export";' },
    { filename: at("subgraphs/fit/src/data/deriveAll.ts"), code: 'import { refreshDerived } from "./derivedStore";' },
    { filename: at("subgraphs/teams/test/demo.int.test.ts"), code: 'import { teamsDemoSql } from "@silta/hub/demoSql/teams";' },
    { filename: at("subgraphs/fit/test/fit.int.test.ts"), code: 'import { createTestDatabase } from "@silta/testkit";' },
    { filename: at("subgraphs/fit/src/subgraph.ts"), code: 'import { subgraphExportRoute } from "@silta/export";' },
    { filename: at("subgraphs/fit/src/data/fitWrites.ts"), code: 'import { idempotencySql } from "@silta/kernel/idempotency";' },
    // Registry packages: declared by the file's own workspace; types only may come from a devDependency.
    { filename: at("kernel/src/db/deadlinePool.ts"), code: 'import { Pool } from "pg";' },
    { filename: at("kernel/src/db/deadlinePool.ts"), code: 'import { createHash } from "node:crypto";' },
    { filename: at("subgraphs/fit/test/fit.int.test.ts"), code: 'import { Pool } from "pg";' },
    {
      filename: at("gateway/src/execution/planExecutor.ts"),
      code: 'import type { GatewayExecutor } from "@apollo/server-gateway-interface";',
      languageOptions: typeScript,
    },
    { filename: at("fhir/src/patient.ts"), code: 'import type { Patient } from "fhir/r4";', languageOptions: typeScript },
    { filename: at("scripts/benchViews.ts"), code: 'import autocannon from "autocannon";' },
  ],
  invalid: [
    {
      // Found in the clients subgraph's folder, but only the kernel and the gateway declare it.
      filename: at("subgraphs/clients/src/subgraph.ts"),
      code: 'import Redis from "ioredis";',
      errors: [{ messageId: "undeclared", data: { name: "ioredis", own: "@silta/clients" } }],
    },
    {
      filename: at("subgraphs/fit/src/data/episodeStore.ts"),
      code: 'import { Pool } from "pg";',
      errors: [{ messageId: "devOnly", data: { name: "pg", own: "@silta/fit" } }],
    },
    {
      filename: at("gateway/src/execution/planExecutor.ts"),
      code: 'import { GatewayExecutor } from "@apollo/server-gateway-interface";',
      errors: [{ messageId: "devOnly" }],
    },
    {
      filename: at("kernel/src/db/deadlinePool.ts"),
      code: 'import { parse } from "csv-parse/sync";',
      errors: [{ messageId: "undeclared", data: { name: "csv-parse", own: "@silta/kernel" } }],
    },
    {
      filename: at("scripts/seed/seedHub.ts"),
      code: 'import { refreshDerived } from "../../subgraphs/fit/src/data/derivedStore";',
      errors: [{ messageId: "relative" }],
    },
    {
      filename: at("subgraphs/consents/test/freshness.int.test.ts"),
      code: 'import { teamsSubgraph } from "../../teams/src";',
      errors: [{ messageId: "relative" }],
    },
    {
      filename: at("kernel/src/index.ts"),
      code: 'const gateway = require("../../gateway/src");',
      errors: [{ messageId: "relative" }],
    },
    {
      filename: at("scripts/migrate.ts"),
      code: 'import { migrate } from "@silta/kernel/src/db";',
      errors: [{ messageId: "deep" }],
    },
    {
      filename: at("scripts/seed/seedHub.ts"),
      code: 'import { x } from "@silta/fit/data/derivedStore";',
      errors: [{ messageId: "deep" }],
    },
    {
      filename: at("gateway/src/http/exportProxy.ts"),
      code: 'import { sendJson } from "@silta/kernel/http/httpIo";',
      errors: [{ messageId: "deep" }],
    },
    {
      // The kernel is the ground floor: the export feature builds on it, never the other way.
      filename: at("kernel/src/subgraph/createSubgraphService.ts"),
      code: 'import { subgraphExportRoute } from "@silta/export";',
      errors: [{ messageId: "undeclared" }],
    },
    {
      filename: at("subgraphs/fit/src/subgraph.ts"),
      code: 'import { clientsSubgraph } from "@silta/clients";',
      errors: [{ messageId: "undeclared" }],
    },
    {
      filename: at("subgraphs/fit/src/subgraph.ts"),
      code: 'import { startSubgraph } from "@silta/testkit";',
      errors: [{ messageId: "devOnly" }],
    },
  ],
});
