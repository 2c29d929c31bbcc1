import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/**
 * Where the browser tests leave screenshots of the main views for a reviewer: `artifacts/screenshots/`
 * (git-ignored, rewritten by every run). Copies of a run's screenshots are committed under
 * `docs/screenshots/` (README "The web app").
 */
export const SCREENSHOT_DIR = join(__dirname, "..", "..", "artifacts", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
