import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { noArguments } from "./cliArguments";
import { writeEventDocs } from "./events/eventDocs";

/**
 * `npm run codegen`: typed resolvers and resolver maps from schema/*.graphql (codegen.ts), and the
 * event catalogue of docs/events.md and each subgraph README's table of its events from the event
 * contracts. A thin front to the graphql-codegen CLI, whose own handling of a stray argument is a
 * stack trace: arguments are refused here with the usage instead. SILTA_CODEGEN_ONLY=fit,… limits the subgraphs.
 */
noArguments(
  "usage: npm run codegen   regenerates typed resolvers from schema/*.graphql (SILTA_CODEGEN_ONLY=<subgraph>,… for some only)",
);
const root = join(__dirname, "..");
const result = spawnSync(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.ts"], {
  cwd: root,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
// The event catalogue of docs/events.md and the READMEs' event tables, from the contracts in events/src/contracts.
void writeEventDocs().then((lines) => {
  for (const line of lines) console.log(line);
});
