import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * `npm run k8s:render`: renders every Kustomize overlay under deploy/kubernetes/overlays with
 * `kubectl kustomize` (offline) into docs/kubernetes/<overlay>.yaml, the examples the docs point to.
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

if (require.main === module) {
  for (const name of overlayNames()) {
    const file = join(renderedDir, `${name}.yaml`);
    writeFileSync(file, renderedHeader(name) + renderOverlay(name));
    console.log(`Rendered ${name} into ${file}`);
  }
}
