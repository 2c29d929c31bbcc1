import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium, which scripts/ensureChromium.sh installs (`.ci/run` runs it before the tests). */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * Headless, and quiet on the network: no QUIC, no background fetches, updates or sync, so the only
 * requests the browser makes are the page's (a CSP test must not be confused by Chrome's own).
 * `--no-sandbox` because CI runs as root, where Chromium's sandbox cannot start.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile (its own user-data-dir, removed on close): no state from an earlier run. */
export async function launchChromium(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "silta-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
      locale: "fi-FI",
      timezoneId: "Europe/Helsinki",
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `Cannot start Chromium at ${CHROMIUM_PATH}: run \`bash scripts/ensureChromium.sh\` (or set CHROMIUM_PATH).\n${String(error)}`,
    );
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
