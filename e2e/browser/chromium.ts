import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's chromium, which scripts/ensureTestTools.sh installs (`.ci/run` runs it before the tests). */
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

export interface TestBrowser {
  browser: Browser;
  /** A new person: their own context (memory, storage, cookies), Finnish, in the county's time zone. */
  newPerson(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile: Playwright starts it with a new temporary user-data-dir of its own
 * (removed when it closes), so nothing of an earlier run is there.
 */
export async function launchChromium(): Promise<TestBrowser> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  } catch (error) {
    throw new Error(
      `Cannot start Chromium at ${CHROMIUM_PATH}: run \`bash scripts/ensureTestTools.sh\` (or set CHROMIUM_PATH).\n${String(error)}`,
    );
  }
  return {
    browser,
    newPerson: () =>
      browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki", viewport: { width: 1280, height: 900 } }),
    close: () => browser.close(),
  };
}
