import { globSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every package.json of the house names a registry package at one version: a workspace declares what
 * its files import (the lint's `silta/workspace-boundaries`), and two manifests asking for two
 * versions would make npm nest a second copy where one was meant.
 */
const root = join(__dirname, "..", "..");

type Manifest = { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

function manifests(): { path: string; manifest: Manifest }[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] };
  const paths = ["package.json", ...workspaces.flatMap((pattern) => globSync(`${pattern}/package.json`, { cwd: root }))];
  return paths.map((path) => ({ path, manifest: JSON.parse(readFileSync(join(root, path), "utf8")) as Manifest }));
}

/** Registry package → version → the manifests that ask for it. */
function versionsByPackage(): Map<string, Map<string, string[]>> {
  const byPackage = new Map<string, Map<string, string[]>>();
  for (const { path, manifest } of manifests())
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      if (name.startsWith("@silta/")) continue;
      const versions = byPackage.get(name) ?? new Map<string, string[]>();
      versions.set(version, [...(versions.get(version) ?? []), path]);
      byPackage.set(name, versions);
    }
  return byPackage;
}

describe("the workspaces' manifests", () => {
  it("ask for each registry package at one version", () => {
    const split = [...versionsByPackage()]
      .filter(([, versions]) => versions.size > 1)
      .map(
        ([name, versions]) =>
          `${name}: ${[...versions].map(([version, paths]) => `${version} in ${paths.join(", ")}`).join("; ")}`,
      );
    expect(split).toEqual([]);
  });

  it("are all read (the workspaces of the root, each with its own manifest)", () => {
    const names = manifests().map(({ manifest }) => manifest.name);
    expect(names).toEqual(expect.arrayContaining(["@silta/kernel", "@silta/gateway", "@silta/clients", "@silta/ui"]));
    expect(versionsByPackage().get("pg")?.size).toBe(1);
  });
});
