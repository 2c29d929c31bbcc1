import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/**
 * `npm run k8s:render [-- --out DIR]`: renders every Kustomize overlay under deploy/kubernetes/overlays
 * with `kubectl kustomize` (offline) into docs/kubernetes/<overlay>.yaml (or DIR), the examples the
 * docs point to.
 * The test deploy/kubernetes/manifests.test.ts fails when those files are stale.
 */
const root = join(__dirname, "..");
export const overlaysDir = join(root, "deploy", "kubernetes", "overlays");
export const renderedDir = join(root, "docs", "kubernetes");

export function overlayNames(): string[] {
  return readdirSync(overlaysDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The overlay's objects as one multi-document YAML, as `kubectl apply -k` would send them. */
export function renderOverlay(name: string): string {
  try {
    return execFileSync("kubectl", ["kustomize", join(overlaysDir, name)], { encoding: "utf8" });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "kubectl is not installed" : String(error);
    throw new Error(`Rendering overlay ${name} needs kubectl with kustomize (kubectl ≥ 1.27): ${reason}`);
  }
}

export function renderedHeader(name: string): string {
  return `# Rendered from deploy/kubernetes/overlays/${name} by npm run k8s:render; do not edit.\n`;
}

const usage = `usage: npm run k8s:render [-- --out DIR]

Renders every overlay of deploy/kubernetes/overlays with kubectl kustomize into DIR/<overlay>.yaml
(default docs/kubernetes), the rendered examples docs/operations.md points to.`;

if (require.main === module) {
  let values: { out?: string; help: boolean };
  try {
    ({ values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h", default: false } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const folder = values.out ?? renderedDir;
  mkdirSync(folder, { recursive: true });
  try {
    for (const name of overlayNames()) {
      const file = join(folder, `${name}.yaml`);
      writeFileSync(file, renderedHeader(name) + renderOverlay(name));
      console.log(`Rendered ${name} into ${file}`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
