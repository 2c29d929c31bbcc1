import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { composeSupergraph, supergraphPath } from "./composeSupergraph";

/** `npm run compose`: writes schema/supergraph.graphql, or prints every composition error and fails. */
const result = composeSupergraph();
if ("errors" in result) {
  console.error(`Composition failed:\n${result.errors.map((error) => `  - ${error}`).join("\n")}`);
  process.exit(1);
}
writeFileSync(supergraphPath, result.supergraphSdl);
console.log(`Composed ${relative(process.cwd(), supergraphPath)}`);
