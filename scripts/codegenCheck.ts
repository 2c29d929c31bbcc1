import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { format, resolveConfig } from "prettier";
import config from "../codegen";

/**
 * Run by `npm test` (scripts/codegen.test.ts): generates in memory and compares with the committed *.generated.ts files.
 * Exits 1 and names the stale files when an SDL change was not followed by `npm run codegen`.
 */
async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, cwd: root, hooks: {}, silent: true },
    false,
  );
  const generatedFiles = outputs.filter((output) => output.filename.endsWith(".generated.ts"));
  const prettierOptions = await resolveConfig(join(root, "codegen.ts"));
  const stale: string[] = [];
  for (const output of generatedFiles) {
    const path = resolve(root, output.filename);
    const expected = await format(output.content, { ...prettierOptions, filepath: path });
    let committed = "";
    try {
      committed = readFileSync(path, "utf8");
    } catch {
      // Missing counts as stale.
    }
    if (committed !== expected) stale.push(output.filename);
  }
  if (stale.length > 0) {
    console.error(`Stale generated files (run \`npm run codegen\`):\n${stale.map((file) => `  - ${file}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`${generatedFiles.length} generated files are up to date`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
