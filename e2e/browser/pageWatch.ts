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
  await page.addInitScript(() => {
    const found: { directive: string; blocked: string }[] = [];
    (window as unknown as { __cspViolations: typeof found }).__cspViolations = found;
    document.addEventListener("securitypolicyviolation", (event) =>
      found.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  return {
    errors,
    violations: () =>
      page.evaluate(
        () => (window as unknown as { __cspViolations?: { directive: string; blocked: string }[] }).__cspViolations ?? [],
      ),
  };
}
