import { join } from "node:path";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";

/**
 * ADR 0015 as eslint.config.js holds it: string-built SQL through Prisma is refused but in the two
 * adapters, and subgraph code outside the listed exceptions may not write SQL over the kernel's `Sql`.
 * The real configuration's rules for each path, run without type information (these two need none).
 */
const root = join(__dirname, "..", "..");
// Given as an object: ESLint's own loading of the file is a dynamic import, which Jest's runtime refuses.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: require("../../eslint.config.js") as Linter.Config[],
});

async function problems(path: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(join(root, path))) as { rules: Linter.RulesRecord };
  const rules = Object.fromEntries(
    ["no-restricted-properties", "no-restricted-imports"].map((rule) => [rule, config.rules[rule] ?? "off"]),
  );
  const messages = new Linter().verify(
    code,
    [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser as Linter.Parser }, rules }],
    join(root, path),
  );
  return messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const unsafe = "export const rows = (prisma: any) => prisma.$queryRawUnsafe(`SELECT 1 WHERE $1`, 1);";
const raw = 'import { Prisma } from "./prisma/client";\nexport const part = Prisma.raw("x");';
const kernelSql = 'import type { Sql } from "@silta/kernel";\nexport const rows = (sql: Sql) => sql.query("SELECT 1");';

describe("one data-access idiom per kind of store (ADR 0015)", () => {
  it("refuses $queryRawUnsafe and Prisma.raw in a subgraph store, naming the tagged template instead", async () => {
    expect(await problems("subgraphs/training/src/data/rolloutFigures.ts", unsafe)).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*\$queryRawUnsafe.*tagged \$queryRaw/),
    ]);
    expect(await problems("subgraphs/teams/src/data/clientListStore.ts", raw)).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*Prisma\.raw.*Prisma\.sql/),
    ]);
  });

  it("refuses string-built SQL outside subgraphs too, but not in the kernel's adapter for platform statements", async () => {
    expect(await problems("scripts/seed/seedHub.ts", unsafe)).toHaveLength(1);
    expect(await problems("kernel/src/events/eventSql.ts", unsafe)).toEqual([]);
    // fit's adapter is gone (ADR 0015): its stores are tagged templates now, so an Unsafe call there is refused.
    expect(await problems("subgraphs/fit/src/data/prismaSql.ts", unsafe)).toHaveLength(1);
  });

  it("refuses the kernel's Sql in a subgraph's code, except where the ADR lists it as still to follow", async () => {
    expect(await problems("subgraphs/clients/src/data/clientStore.ts", kernelSql)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*'Sql'.*Prisma client/),
    ]);
    expect(await problems("subgraphs/consents/src/audit/retireAccessLog.ts", kernelSql)).toEqual([]);
    // The access log's append, the one named exception of the request path (issue 18).
    expect(await problems("subgraphs/consents/src/access/accessLogStore.ts", kernelSql)).toEqual([]);
    // fit and consents' access decisions, seals, audit and projection were brought in line: the rule holds there.
    for (const path of [
      "subgraphs/fit/src/data/alertStore.ts",
      "subgraphs/consents/src/access/accessLogSealer.ts",
      "subgraphs/consents/src/access/AccessService.ts",
    ])
      expect(await problems(path, kernelSql)).toEqual([expect.stringMatching(/^no-restricted-imports: .*'Sql'.*Prisma client/)]);
    // Scripts and the kernel hand the kernel's Sql around freely (the migrator, the seeds).
    expect(await problems("scripts/migrate.ts", kernelSql)).toEqual([]);
  });

  it("keeps refusing deep imports in subgraph code, where the Sql rule replaces the general options", async () => {
    const deep = 'import { migrate } from "@silta/kernel/src/db";';
    expect(await problems("subgraphs/clients/src/data/clientStore.ts", deep)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*exports?/),
    ]);
  });
});
