import { execFile } from "node:child_process";
import { promisify } from "node:util";

describe("the fragment bomb benchmark documented in docs/gateway.md", () => {
  it("runs and reports the refusal's CPU time", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "gateway/bench/fragmentBomb.ts", "--runs", "3"], {
      timeout: 60_000,
    });
    expect(stdout).toMatch(/refused with OPERATION_LIMIT_EXCEEDED; gateway CPU per request: min [\d.]+ ms/);
  }, 90_000);
});
