import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PLATFORM_MIGRATIONS_DIR } from "@silta/kernel";
import { subgraphs } from "./subgraphs";

const root = join(__dirname, "..");

/**
 * The platform migrations build the same tables in every subgraph's schema, so every schema.prisma
 * declares them the same way: as kernel/migrations/platform.prisma, copied verbatim. (Each schema's
 * drift test, scripts/prismaMigrations.int.test.ts, then proves the copy matches what is built.)
 */
describe.each(subgraphs.map(({ name }) => name))("the %s subgraph's schema.prisma", (name) => {
  it("declares the platform tables exactly as kernel/migrations/platform.prisma does", () => {
    const platform = readFileSync(join(PLATFORM_MIGRATIONS_DIR, "platform.prisma"), "utf8");
    const schema = readFileSync(join(root, "subgraphs", name, "prisma", "schema.prisma"), "utf8");
    expect(schema).toContain(platform);
  });
});
