import { ESLint } from "eslint";
import { join } from "node:path";
import { noArguments } from "./cliArguments";

/**
 * `npm run lint`: ESLint with typescript-eslint over the whole repository (eslint.config.js), every
 * warning an error. Prints each problem, or one line saying how many files were clean.
 */
noArguments(`usage: npm run lint

Lints every TypeScript file of the repository with type information (eslint.config.js): floating or
misused promises, switches that miss a case of a union, imports that reach into another workspace
package. Prints each problem and exits 1, or says how many files passed.`);

async function main(): Promise<void> {
  const eslint = new ESLint({ cwd: join(__dirname, "..") });
  const results = await eslint.lintFiles(["."]);
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (problems > 0) {
    console.error(await (await eslint.loadFormatter("stylish")).format(results));
    process.exit(1);
  }
  console.log(`Lint passed (${results.length} files)`);
}

main().catch((error: unknown) => {
  console.error(`npm run lint failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
