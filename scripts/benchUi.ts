import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";
import { startBrowserHub, type BrowserHub } from "../e2e/browser/browserHub";
import { CHROMIUM_PATH, launchChromium, type TestBrowser } from "../e2e/browser/chromium";
import { ms, quantile } from "./bench/latency";
import { ArgumentError, wholeNumberArgument } from "./cliArguments";

const usage = `Usage: npm run bench:ui -- [--runs 20] [--app-url http://localhost:4000/app/] [--budget-ms 1000]

The professional's caseload view in a real browser (Debian's chromium through playwright-core),
signed in as the demo county's social worker (docs/benchmarks.md, "The caseload view in the browser").
Each run is a new person (a fresh browser context: no cache, no session): it opens the app, signs
in, and times from the sign-in click until the caseload's lists are on the screen, measured inside
the page. Prints the median and p95 of the runs, and of the app's first load, beside the budget.

  --runs       how many runs (default 20)
  --app-url    the web app of a hub already running with the demo county (\`npm start\`: its
               "Web app" URL); by default an embedded hub is started on an empty data folder and
               stopped afterwards
  --budget-ms  the caseload's budget to compare the median and p95 with (default 1000)`;

interface Arguments {
  runs: number;
  appUrl: string | undefined;
  budgetMs: number;
}

function readArguments(argv: string[]): Arguments | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: "string", default: "20" },
        "app-url": { type: "string" },
        "budget-ms": { type: "string", default: "1000" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  if (values.help) return "help";
  const whole = wholeNumberArgument;
  const appUrl = values["app-url"];
  if (appUrl !== undefined && !/^https?:\/\/[^\s/]+\/(\S*\/)?$/.test(appUrl))
    throw new ArgumentError(`--app-url must be the web app's http(s) URL ending in / (is ${appUrl})`);
  return { runs: whole("runs", values.runs, 1, 1000), appUrl, budgetMs: whole("budget-ms", values["budget-ms"], 1, 60_000) };
}

/** The demo social worker's caseload has a due concern; its lists are drawn only once the data came. */
const SIGN_IN_BUTTON = "Kirjaudu: socialWorker";
const CASELOAD_RENDERED = "#due-concerns";

interface Run {
  /** From navigation to the sign-in page being usable: the first page's JavaScript, parsed and run. */
  appLoadMs: number;
  /** From the sign-in click to the caseload's lists in the DOM: its chunk, the query, the render. */
  caseloadMs: number;
}

/**
 * One person's visit. The caseload time is taken in the page's own clock: a MutationObserver notes
 * when the caseload's first list appears, so Playwright's polling adds nothing to it.
 */
async function oneRun(browser: TestBrowser, appUrl: string): Promise<Run> {
  const context = await browser.newPerson();
  try {
    const page: Page = await context.newPage();
    const loadStart = performance.now();
    await page.goto(appUrl);
    const signIn = page.getByRole("button", { name: SIGN_IN_BUTTON });
    await signIn.waitFor();
    const appLoadMs = performance.now() - loadStart;
    await page.evaluate(`(() => {
      window.__caseloadAt = undefined;
      new MutationObserver((_changes, observer) => {
        if (document.querySelector(${JSON.stringify(CASELOAD_RENDERED)})) {
          window.__caseloadAt = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    const clickedAt = await page.evaluate<number>("performance.now()");
    await signIn.click();
    await page.locator(CASELOAD_RENDERED).waitFor({ timeout: 30_000 });
    const renderedAt = await page.evaluate<number>("window.__caseloadAt");
    return { appLoadMs, caseloadMs: renderedAt - clickedAt };
  } finally {
    await context.close();
  }
}

function summary(label: string, values: number[], budgetMs?: number): string {
  const [median, p95] = [quantile(values, 0.5), quantile(values, 0.95)];
  const verdict =
    budgetMs === undefined
      ? ""
      : `  (budget ${ms(budgetMs)}: ${p95 <= budgetMs ? "within" : median <= budgetMs ? "median within, p95 over" : "over"})`;
  return `${label.padEnd(36)} median ${ms(median).padStart(9)}   p95 ${ms(p95).padStart(9)}   min ${ms(Math.min(...values)).padStart(9)}   max ${ms(Math.max(...values)).padStart(9)}${verdict}`;
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  if (args === "help") {
    console.log(usage);
    return;
  }
  await withBenchmarkLock("bench:ui", () => measureCaseload(args));
}

async function measureCaseload(args: Arguments): Promise<void> {
  let hub: BrowserHub | undefined;
  let browser: TestBrowser | undefined;
  try {
    if (!args.appUrl) console.log("Starting the embedded hub on an empty data folder with the demo county…");
    [hub, browser] = await Promise.all([args.appUrl ? undefined : startBrowserHub(), launchChromium()]);
    const appUrl = args.appUrl ?? hub!.appUrl;
    console.log(`Caseload view: ${args.runs} run(s) as socialWorker in ${CHROMIUM_PATH}, ${appUrl}`);
    // One visit first, not counted: the hub's own first requests (its caches, the lazily built plans).
    await oneRun(browser, appUrl);
    const runs: Run[] = [];
    for (let i = 0; i < args.runs; i += 1) runs.push(await oneRun(browser, appUrl));
    console.log(
      summary(
        "app loaded (sign-in page usable)",
        runs.map((run) => run.appLoadMs),
      ),
    );
    console.log(
      summary(
        "caseload rendered after sign-in",
        runs.map((run) => run.caseloadMs),
        args.budgetMs,
      ),
    );
    console.log(
      `load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    await browser?.close();
    await hub?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof ArgumentError) console.error("See: npm run bench:ui -- --help");
  process.exit(1);
});
