import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { EVENT_CONTRACTS } from "@silta/events";

const root = join(__dirname, "..", "..");

describe("docs/events.md", () => {
  const current = readFileSync(join(root, "docs", "events.md"), "utf8");

  // A child process: prettier's formatter loads ES modules that Jest's CommonJS runtime cannot.
  it("holds the catalogue the contracts render (run npm run codegen after changing a contract)", async () => {
    const check = promisify(execFile)(join(root, "node_modules", ".bin", "tsx"), [join(__dirname, "eventDocs.ts"), "--check"], {
      cwd: root,
    });
    await expect(check).resolves.toMatchObject({ stdout: "docs/events.md: catalogue up to date\n" });
  }, 120_000);

  it("lists every contract's type, version and fields", () => {
    for (const contract of EVENT_CONTRACTS) {
      const row = current
        .split("\n")
        .find((line) => line.startsWith(`| \`${contract.type}\``) && line.includes(` ${contract.version} `));
      expect(row).toBeDefined();
      for (const field of Object.keys(contract.shape)) expect(row).toContain(`\`${field}`);
    }
  });
});
