import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { noArguments } from "./cliArguments";
import { subgraphs } from "./subgraphs";

/**
 * `npm run generate:prisma`: Prisma Client for every subgraph, offline. Prisma's CLI checks for its
 * schema-engine binary even though generate does not use it, and would download it; pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at a stand-in keeps generate working with only the npm registry.
 */
const root = join(__dirname, "..");
const run = promisify(execFile);

async function main(): Promise<void> {
  noArguments(
    "usage: npm run generate   Prisma Client for every subgraph, offline (docs/decisions/0001-prisma-offline-migrations.md)",
  );
  const started = Date.now();
  await Promise.all(
    subgraphs.map(({ name }) =>
      run(
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
      }),
    ),
  );
  console.log(`Generated Prisma Client for ${subgraphs.map(({ name }) => name).join(", ")} in ${Date.now() - started} ms`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
