import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Folders under ui/ that a build writes or installs, never reads as its input. */
const NOT_INPUTS = new Set(["dist", "node_modules", ".vite", "coverage", ".build-lock"]);

export interface WebAppBuildOptions {
  /** The app's folder (`ui/`), with a package.json whose `build` script writes `dist/`. */
  uiDir: string;
  /** Files outside `uiDir` the build also depends on (the lock file, the supergraph). */
  extraInputs?: readonly string[];
}

/** The project's own app: ui/, which also depends on the lock file (its packages) and the supergraph (its operations are checked against it). */
export function projectWebApp(root: string): WebAppBuildOptions {
  return { uiDir: join(root, "ui"), extraInputs: [join(root, "package-lock.json"), join(root, "schema", "supergraph.graphql")] };
}

export type WebAppBuildResult = "built" | "up to date" | "no app";

/**
 * What the built app depends on: every file under ui/ except what builds and installs write, and
 * the extra inputs. When this is what the stamp in dist/ says, building again would write the
 * same files (as scripts/prismaGenerate.ts does for the Prisma clients).
 */
export function webAppInputsOf(options: WebAppBuildOptions): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (NOT_INPUTS.has(entry.name) && dir === options.uiDir) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(options.uiDir);
  for (const file of [...files.sort(), ...(options.extraInputs ?? [])]) {
    hash.update(relative(options.uiDir, file)).update("\0");
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)").update("\0");
  }
  return `inputs sha256:${hash.digest("hex")}\n`;
}

const stampFile = (uiDir: string) => join(uiDir, "dist", ".built-from");

export function isWebAppCurrent(options: WebAppBuildOptions): boolean {
  try {
    return (
      readFileSync(stampFile(options.uiDir), "utf8") === webAppInputsOf(options) &&
      existsSync(join(options.uiDir, "dist", "index.html"))
    );
  } catch {
    return false;
  }
}

/**
 * Builds the web app when its inputs changed since the last build (or `force`), with the app's own
 * `npm run build` (type check and Vite). One build at a time: a second caller waits for the first
 * (a lock folder beside dist/), then finds the app current.
 */
export async function buildWebApp(options: WebAppBuildOptions & { force?: boolean }): Promise<WebAppBuildResult> {
  if (!existsSync(join(options.uiDir, "package.json"))) return "no app";
  if (!options.force && isWebAppCurrent(options)) return "up to date";
  const lock = join(options.uiDir, ".build-lock");
  await acquire(lock);
  try {
    if (!options.force && isWebAppCurrent(options)) return "up to date";
    rmSync(stampFile(options.uiDir), { force: true });
    await run("npm", ["run", "build", "--silent"], { cwd: options.uiDir, maxBuffer: 20 * 1024 * 1024 }).catch(
      (error: { stderr?: string; stdout?: string }) => {
        throw new Error(
          `The web app's build failed (npm run build in ${options.uiDir}):\n${error.stdout ?? ""}${error.stderr ?? ""}`,
        );
      },
    );
    if (!existsSync(join(options.uiDir, "dist", "index.html"))) {
      throw new Error(`The web app's build wrote no ${join(options.uiDir, "dist", "index.html")}.`);
    }
    // Written last: an interrupted build leaves no stamp and runs again next time.
    writeFileSync(stampFile(options.uiDir), webAppInputsOf(options));
    return "built";
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** mkdir is atomic: whoever creates the folder builds; a lock older than 10 minutes is a crashed build's. */
async function acquire(lock: string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited 10 minutes for another build of the web app (${lock}).`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
