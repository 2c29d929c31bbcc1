import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { noArguments } from "./cliArguments";
import { composeSupergraph, supergraphPath } from "./composeSupergraph";

/** `npm run compose`: writes schema/supergraph.graphql, or prints every composition error and fails. */
const usage = `usage: npm run compose [-- --out <file>]

Composes the supergraph from schema/<subgraph>.graphql with @apollo/composition and writes it to
schema/supergraph.graphql (or --out), or prints every composition error and exits 1.`;
const out = (() => {
  const argv = process.argv.slice(2);
  if (argv.length === 2 && argv[0] === "--out" && argv[1]) return resolve(argv[1]);
  noArguments(usage, argv);
  return supergraphPath;
})();
const result = composeSupergraph();
if ("errors" in result) {
  console.error(`Composition failed:\n${result.errors.map((error) => `  - ${error}`).join("\n")}`);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl);
console.log(`Composed ${relative(process.cwd(), out)}`);
