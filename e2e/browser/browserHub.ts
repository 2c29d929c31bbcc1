import { join } from "node:path";
import { createLogger } from "@silta/kernel";
import { startHub, type Hub } from "@silta/hub";
import { buildWebApp, projectWebApp } from "../../scripts/webAppBuild";

const root = join(__dirname, "..", "..");

export interface BrowserHub {
  hub: Hub;
  /** `/app/` at the gateway's origin. */
  appUrl: string;
  /** The gateway's origin, for `/` and `/ide`. */
  origin: string;
  /** A demo user's development token, by the user's key (`socialWorker`, `client`, …). */
  token(user: string): string;
  stop(): Promise<void>;
}

/**
 * The embedded hub as `npm start` runs it (in memory here, seeded with the demo county), serving
 * the project's web app, built first when its sources changed (`npm test` has normally built it).
 */
export async function startBrowserHub(): Promise<BrowserHub> {
  const built = await buildWebApp(projectWebApp(root));
  if (built === "no app") throw new Error("ui/package.json is missing: there is no web app to test.");
  const hub = await startHub({ dataDir: null, port: 0, log: createLogger({ service: "browser-e2e", level: "warn" }) });
  return {
    hub,
    appUrl: hub.webAppUrl,
    origin: new URL(hub.gatewayUrl).origin,
    token(user) {
      const found = hub.tokens.find((token) => token.user === user);
      if (!found) throw new Error(`no demo user ${user}`);
      return found.token;
    },
    stop: () => hub.stop(),
  };
}
