import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** The rules of WCAG 2.1 levels A and AA, as axe-core tags them (issue #16: WCAG 2.1 AA). */
export const WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** axe-core's browser build, read once: evaluated in the page, not loaded by a script tag. */
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Runs axe-core on the page as it is now and returns the WCAG 2.1 A/AA violations. The app's CSP
 * refuses script tags (no inline script, Trusted Types 'none'), so axe is not injected into the
 * document: its source is evaluated through DevTools (`page.evaluate`), which the page's CSP does
 * not govern, and the app runs under its real policy while it is checked.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.evaluate(axeSource);
  // Source text: this file is compiled without the DOM's types, and runs in the page.
  return page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ${JSON.stringify(WCAG_21_AA_TAGS)} },
      resultTypes: ["violations"],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary ?? "" })),
    }));
  })()`);
}

/** Violations as a reader wants them in a failed test: rule, impact, what to fix, and where. */
export function formatViolations(view: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${view}: no WCAG 2.1 A/AA violations`;
  const lines = [`${view}: ${violations.length} WCAG 2.1 A/AA violation(s)`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} (${violation.impact ?? "?"}): ${violation.help} <${violation.helpUrl}>`);
    for (const node of violation.nodes.slice(0, 5))
      lines.push(`    at ${node.target.join(" ")}: ${node.failureSummary.replace(/\s*\n\s*/g, "; ")}`);
    if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more`);
  }
  return lines.join("\n");
}
