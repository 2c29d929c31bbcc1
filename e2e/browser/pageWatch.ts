import type { Page } from "playwright-core";

export interface PageWatch {
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  violations(): Promise<{ directive: string; blocked: string }[]>;
  /** Console errors and uncaught exceptions, so a broken page fails the test that opened it. */
  errors: string[];
}

/**
 * Listens on a page for CSP violations (an init script, which DevTools runs outside the page's CSP)
 * and for console errors and uncaught exceptions.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Source text: this file is compiled without the DOM's types, and runs in the page.
  await page.addInitScript({
    content: `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  window.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));`,
  });
  return {
    errors,
    violations: () => page.evaluate<{ directive: string; blocked: string }[]>("window.__cspViolations ?? []"),
  };
}
