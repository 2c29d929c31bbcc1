import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { noArguments } from "./cliArguments";
import { subgraphs } from "./subgraphs";

/**
 * `npm run generate`: Prisma Client for every subgraph, offline. Prisma's CLI checks for its
 * schema-engine binary even though generate does not use it, and would download it; pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at a stand-in keeps generate working with only the npm registry.
 * A subgraph whose schema and Prisma version are those of its last generate (a stamp file in the
 * generated folder) is skipped: `npm start` and `npm test` run this every time, and generating
 * six clients takes half a minute on two cores.
 */
const root = join(__dirname, "..");
const run = promisify(execFile);

/** Where a subgraph's client is generated (the generator's `output`), and its stamp file there. */
const outputDir = (name: string) => join(root, "subgraphs", name, "src", "data", "prisma");
const stampFile = (name: string) => join(outputDir(name), ".generated-from");

/**
 * What a generated client depends on: its schema and the Prisma version that generates it (the
 * CLI and the client runtime move together). When this is what the stamp says, generating again
 * would write the same files.
 */
function inputsOf(name: string): string {
  const prisma = JSON.parse(readFileSync(join(root, "node_modules", "prisma", "package.json"), "utf8")) as { version: string };
  const schema = readFileSync(join(root, "subgraphs", name, "prisma", "schema.prisma"));
  return `prisma ${prisma.version} schema sha256:${createHash("sha256").update(schema).digest("hex")}\n`;
}

function isCurrent(name: string): boolean {
  try {
    return readFileSync(stampFile(name), "utf8") === inputsOf(name) && existsSync(join(outputDir(name), "client.ts"));
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  noArguments(
    "usage: npm run generate [-- --force]   Prisma Client for every subgraph, offline, for those whose schema or Prisma version changed (docs/decisions/0001-prisma-offline-migrations.md)",
    process.argv.slice(2).filter((arg) => arg !== "--force"),
  );
  const force = process.argv.includes("--force");
  const started = Date.now();
  const stale = subgraphs.filter(({ name }) => force || !isCurrent(name));
  if (stale.length === 0) {
    console.log(`Prisma Client for ${subgraphs.map(({ name }) => name).join(", ")} up to date (schemas and Prisma unchanged)`);
    return;
  }
  await Promise.all(
    stale.map(async ({ name }) => {
      await run(
        join(root, "node_modules", ".bin", "prisma"),
        ["generate", "--schema", join(root, "subgraphs", name, "prisma", "schema.prisma")],
        {
          cwd: root,
          env: {
            ...process.env,
            PRISMA_SCHEMA_ENGINE_BINARY: join(root, "scripts", "no-schema-engine.sh"),
            PRISMA_HIDE_UPDATE_MESSAGE: "1",
          },
        },
      ).catch((error: { stderr?: string; stdout?: string }) => {
        throw new Error(`prisma generate failed for ${name}:\n${error.stderr ?? ""}${error.stdout ?? ""}`);
      });
      // Written last: an interrupted generate leaves no stamp and runs again next time.
      writeFileSync(stampFile(name), inputsOf(name));
    }),
  );
  const fresh = subgraphs.length - stale.length;
  console.log(
    `Generated Prisma Client for ${stale.map(({ name }) => name).join(", ")} in ${Date.now() - started} ms${fresh > 0 ? ` (${fresh} up to date)` : ""}`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
