import type { CodegenConfig } from "@graphql-codegen/cli";
import { defineConfig } from "@eddeee888/gcg-typescript-resolver-files";
import { subgraphNames } from "@silta/registry";

/**
 * Typed resolvers for every subgraph from its hand-written SDL in schema/. The server preset writes
 * one resolver file per root field and per type (created once, then ours to fill) and regenerates
 * the resolver map and types every time, so a resolver that does not match the schema fails tsc.
 * The subgraphs are the registry's (registry/); `SILTA_CODEGEN_ONLY=fit npm run codegen` regenerates
 * one subgraph (or `ui`, the web app's operations) and leaves the others' files alone.
 */
const only = process.env["SILTA_CODEGEN_ONLY"]?.split(",");
const selected = subgraphNames.filter((name) => !only || only.includes(name));

const config: CodegenConfig = {
  overwrite: true,
  hooks: { afterAllFileWrite: ["prettier --write --log-level warn"] },
  generates: Object.fromEntries(
    selected.map((name) => [
      `subgraphs/${name}/src/graphql`,
      {
        ...defineConfig({
          mode: "merged",
          emitLegacyCommonJSImports: true,
          resolverRelativeTargetDir: "resolvers",
          mergeSchema: false,
          // Mappers live beside the resolvers, not beside the SDL that integrators read.
          mappersRelativeTargetDir: `../subgraphs/${name}/src/graphql/`,
          mappersFileExtension: ".mappers.ts",
          // Date is a calendar day, one type both ways: the kernel's LocalDate (ADR 0017). Date and
          // DateTime leave a refused value to the kernel's enforceInputRules, which names the argument
          // (kernel/src/graphql/scalars.ts).
          scalarsOverrides: {
            ID: { type: "string" },
            Date: {
              resolver: "~@silta/kernel#DateScalar",
              type: { input: "@silta/kernel#LocalDate", output: "@silta/kernel#LocalDate" },
            },
            DateTime: { resolver: "~@silta/kernel#DateTimeScalar" },
          },
          typesPluginsConfig: {
            federation: true,
            contextType: `../context#${capitalize(name)}Context`,
            enumsAsTypes: true,
            avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          },
        }),
        schema: `schema/${name}.graphql`,
      },
    ]),
  ),
};

/**
 * The web app's typed operations (ui/src/graphql/operations/*.graphql, also examples for integrators)
 * against the supergraph: result and variable types and a typed document string per operation, so a
 * query the schema does not accept, or a view reading a field it did not ask for, fails the type check.
 */
if (!only || only.includes("ui")) {
  Object.assign(config.generates, {
    "ui/src/graphql/operations.generated.ts": {
      schema: "schema/supergraph.graphql",
      documents: "ui/src/graphql/operations/*.graphql",
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { ID: "string", Date: "string", DateTime: "string" },
      },
    },
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default config;
