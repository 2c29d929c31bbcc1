import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..");

describe("the generated resolver types", () => {
  // Run as a child process: the codegen CLI loads ES modules that Jest's CommonJS runtime cannot.
  it("are committed as codegen.ts generates them: run `npm run codegen` after changing an SDL file", async () => {
    const { stdout } = await promisify(execFile)(
      join(root, "node_modules", ".bin", "tsx"),
      [join(root, "scripts", "codegenCheck.ts")],
      { cwd: root },
    );
    expect(stdout).toMatch(/^\d+ generated files are up to date/);
  }, 180_000);
});
