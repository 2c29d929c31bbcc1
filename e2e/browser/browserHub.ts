import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWebApp, projectWebApp } from "../../scripts/webAppBuild";

const root = join(__dirname, "..", "..");

export interface BrowserHub {
  /** `/app/` at the gateway's origin. */
  appUrl: string;
  /** The gateway's origin, for `/` and `/ide`. */
  origin: string;
  subgraphUrls: Record<string, string>;
  /** A demo user's development token, by the user's key (`socialWorker`, `client`, …). */
  token(user: string): string;
  stop(): Promise<void>;
}

/**
 * The embedded hub as `npm start` runs it (its own process: PGlite cannot load inside Jest's VM), on
 * an empty data folder with the demo county, serving the project's web app, which is built first when
 * its sources changed (`npm test` has normally built it already).
 */
export async function startBrowserHub(): Promise<BrowserHub> {
  const built = await buildWebApp(projectWebApp(root));
  if (built === "no app") throw new Error("ui/package.json is missing: there is no web app to test.");
  const dataDir = mkdtempSync(join(tmpdir(), "silta-browser-e2e-"));
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), ["hub/src/main.ts"], {
    cwd: root,
    env: { ...process.env, SILTA_DATA_DIR: dataDir, PORT: "0", NODE_ENV: "development", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = await readyOutput(child);
  const gatewayUrl = /Gateway\s+(http\S+)/.exec(output)![1]!;
  const appUrl = /Web app\s+(http\S+)/.exec(output)![1]!;
  const subgraphUrls = Object.fromEntries(
    [...output.matchAll(/^\s+(clients|teams|consents|fit|training|integration)\s+(http\S+)/gm)].map((m) => [m[1]!, m[2]!]),
  );
  const tokens = new Map([...output.matchAll(/^\s+(\w+): .*\n\s+(ey[\w.-]+)$/gm)].map((m) => [m[1]!, m[2]!]));
  return {
    appUrl,
    origin: new URL(gatewayUrl).origin,
    subgraphUrls,
    token(user) {
      const token = tokens.get(user);
      if (!token) throw new Error(`no demo user ${user}`);
      return token;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const closed = new Promise((resolve) => child.once("close", resolve));
        child.kill("SIGINT");
        await closed;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function readyOutput(child: ChildProcess): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the hub was not ready in time:\n${output}`));
    }, 170_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ctrl-C stops everything.")) return;
      clearTimeout(timer);
      resolve(output);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited with ${code}:\n${output}`));
    });
  });
}
