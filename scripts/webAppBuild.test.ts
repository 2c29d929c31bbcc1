import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWebApp, isWebAppCurrent } from "./webAppBuild";

/** A stand-in app whose build writes dist/index.html and counts its runs in builds.log beside ui/. */
function stubApp(): { root: string; uiDir: string; builds: () => number } {
  const root = mkdtempSync(join(tmpdir(), "silta-ui-build-"));
  const uiDir = join(root, "ui");
  mkdirSync(join(uiDir, "src"), { recursive: true });
  writeFileSync(join(uiDir, "package.json"), JSON.stringify({ private: true, scripts: { build: "node build.js" } }));
  writeFileSync(
    join(uiDir, "build.js"),
    `const fs = require("fs"); if (fs.existsSync("src/broken")) { console.error("syntax error in src/broken"); process.exit(1); }
fs.mkdirSync("dist", { recursive: true }); fs.writeFileSync("dist/index.html", "<!doctype html>"); fs.appendFileSync("../builds.log", "x");`,
  );
  writeFileSync(join(uiDir, "src", "main.tsx"), "export {};");
  const builds = () => {
    try {
      return readFileSync(join(root, "builds.log"), "utf8").length;
    } catch {
      return 0;
    }
  };
  return { root, uiDir, builds };
}

describe("building the web app only when its inputs changed", () => {
  const app = stubApp();
  const lockFile = join(app.root, "package-lock.json");
  writeFileSync(lockFile, "{}");
  const options = { uiDir: app.uiDir, extraInputs: [lockFile] };
  afterAll(() => rmSync(app.root, { recursive: true, force: true }));

  it("builds a fresh clone's app, then skips the build while nothing changed", async () => {
    expect(await buildWebApp(options)).toBe("built");
    expect(isWebAppCurrent(options)).toBe(true);
    expect(await buildWebApp(options)).toBe("up to date");
    expect(app.builds()).toBe(1);
  });

  it("builds again when a source, or an input outside ui/ such as the lock file, changes", async () => {
    appendFileSync(join(app.uiDir, "src", "main.tsx"), "\n// changed");
    expect(await buildWebApp(options)).toBe("built");
    writeFileSync(lockFile, '{"changed":true}');
    expect(await buildWebApp(options)).toBe("built");
    expect(app.builds()).toBe(3);
  });

  it("does not count what builds and installs write (dist/, node_modules/) as inputs", async () => {
    mkdirSync(join(app.uiDir, "node_modules", "x"), { recursive: true });
    writeFileSync(join(app.uiDir, "node_modules", "x", "index.js"), "1");
    writeFileSync(join(app.uiDir, "dist", "extra.js"), "1");
    expect(await buildWebApp(options)).toBe("up to date");
  });

  it("reports a failed build with its output and leaves no stamp, so the next start tries again", async () => {
    writeFileSync(join(app.uiDir, "src", "broken"), "");
    await expect(buildWebApp(options)).rejects.toThrow(/build failed[\s\S]*syntax error in src\/broken/);
    expect(isWebAppCurrent(options)).toBe(false);
    rmSync(join(app.uiDir, "src", "broken"));
    expect(await buildWebApp(options)).toBe("built");
  });

  it("lets two callers at once build once", async () => {
    appendFileSync(join(app.uiDir, "src", "main.tsx"), "\n// again");
    const before = app.builds();
    const results = await Promise.all([buildWebApp(options), buildWebApp(options)]);
    expect(results.sort()).toEqual(["built", "up to date"]);
    expect(app.builds()).toBe(before + 1);
  });

  it("says there is no app when ui/package.json is missing", async () => {
    expect(await buildWebApp({ uiDir: join(app.root, "nothing") })).toBe("no app");
  });
});
