import type { Locator } from "playwright-core";

/**
 * Waits until `locator` matches exactly `count` elements, polling from the test. Not
 * `page.waitForFunction("…")`: Playwright evaluates a string predicate with `eval` in the page, which
 * the web app's Content Security Policy (`script-src 'self'`) refuses whenever the first check is false.
 */
export async function untilCount(locator: Locator, count: number, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (let seen = await locator.count(); seen !== count; seen = await locator.count()) {
    if (Date.now() > end) throw new Error(`${String(locator)}: ${seen} elements after ${timeoutMs} ms, expected ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
