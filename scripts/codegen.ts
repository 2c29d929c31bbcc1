import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { noArguments } from "./cliArguments";

/**
 * `npm run codegen`: typed resolvers and resolver maps from schema/*.graphql (codegen.ts). A thin
 * front to the graphql-codegen CLI, whose own handling of a stray argument is a stack trace:
 * arguments are refused here with the usage instead. SILTA_CODEGEN_ONLY=fit,… limits the subgraphs.
 */
noArguments(
  "usage: npm run codegen   regenerates typed resolvers from schema/*.graphql (SILTA_CODEGEN_ONLY=<subgraph>,… for some only)",
);
const root = join(__dirname, "..");
const result = spawnSync(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.ts"], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
