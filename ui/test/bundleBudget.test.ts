/**
 * @jest-environment node
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";

const uiDir = join(__dirname, "..");
const root = join(uiDir, "..");
const budgetBytes = 250 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The JavaScript the first page loads: the entry chunk and what it imports statically, not the lazy views. */
export function firstPageFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error("the manifest has no entry chunk");
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  return [...files].filter((file) => file.endsWith(".js"));
}

describe("the web app's bundle", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "silta-ui-build-"));
    await promisify(execFile)(join(root, "node_modules", ".bin", "vite"), ["build", "--outDir", outDir, "--logLevel", "error"], {
      cwd: uiDir,
    });
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("loads at most 250 kB of JavaScript, gzipped, on the first page; the views come later", () => {
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
    const files = firstPageFiles(manifest);
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(budgetBytes);
    // The views are split off: the caseload view is not in the first page's files.
    const lazyViews = Object.values(manifest).filter((chunk) => !chunk.isEntry && chunk.file.includes("CaseloadView"));
    expect(lazyViews.length).toBe(1);
    expect(files).not.toContain(lazyViews[0]!.file);
  });

  it("counts the chunks the entry imports, so a view moved into the first page would be counted", () => {
    const manifest: Record<string, ManifestChunk> = {
      "index.html": { file: "assets/index.js", isEntry: true, imports: ["_shared"] },
      _shared: { file: "assets/shared.js", imports: ["index.html"] },
      "src/views/Lazy.tsx": { file: "assets/Lazy.js", imports: ["_shared"] },
    };
    expect(firstPageFiles(manifest)).toEqual(["assets/index.js", "assets/shared.js"]);
  });
});
