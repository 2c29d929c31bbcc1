import type { Page } from "playwright-core";
import { axeViolations, formatViolations } from "./axeCheck";
import { startBrowserHub, type BrowserHub } from "./browserHub";
import { launchChromium, type TestBrowser } from "./chromium";
import { watchPage } from "./pageWatch";
import { untilCount } from "./untilCount";

/**
 * axe-core in the real browser on each main view of the web app, at a desktop's and at a phone's
 * width (390 px), against the running hub with the demo county: no WCAG 2.1 A/AA violation. The
 * component tests (jest-axe in jsdom) cannot see colours, layout or the served CSP; this can. The app
 * keeps its CSP on here: axe is evaluated through DevTools (axeCheck.ts), and the test also fails on
 * a CSP violation, so checking does not weaken what the other tests prove.
 */
const eetuId = "0d000000-0000-4000-8000-000000000002";

let hub: BrowserHub;
let browser: TestBrowser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startBrowserHub(), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface View {
  name: string;
  /** The app's path, opened directly: sign-in follows the deep link. */
  path: string;
  /** The demo user who signs in; none for the sign-in page itself. */
  user?: string;
  /** What shows that the view's data has arrived. */
  ready: (page: Page) => ReturnType<Page["getByText"]>;
}

const views: View[] = [
  { name: "sign-in", path: "sign-in", ready: (page) => page.getByRole("button", { name: "Kirjaudu: client" }) },
  {
    name: "caseload",
    path: "caseload",
    user: "socialWorker",
    ready: (page) => page.getByText("Eetu has missed eight school days").first(),
  },
  { name: "client page", path: `clients/${eetuId}`, user: "socialWorker", ready: (page) => page.getByText("Eetu").first() },
  {
    name: "service plan",
    path: `clients/${eetuId}/plan`,
    user: "socialWorker",
    ready: (page) => page.getByText("I want to go to school without a stomach ache.").first(),
  },
  {
    name: "FIT",
    path: `clients/${eetuId}/fit`,
    user: "socialWorker",
    ready: (page) => page.locator('[data-testid="outcome-point"]').first(),
  },
  { name: "Kartta", path: "kartta", user: "client", ready: (page) => page.getByRole("heading", { name: "Minun Karttani" }) },
  {
    name: "consents",
    path: "kartta/consents",
    user: "client",
    ready: (page) => page.getByRole("heading", { name: "Anna uusi suostumus" }),
  },
  {
    name: "access log",
    path: "kartta/access-log",
    user: "client",
    ready: (page) => page.getByRole("heading", { level: 1 }),
  },
  {
    name: "rollout dashboard",
    path: "manager",
    user: "unitManager",
    ready: (page) => page.getByText(/Kohdeyksiköistä \d+\/\d+/).first(),
  },
  {
    name: "outcome report",
    path: "manager/outcomes",
    user: "unitManager",
    ready: (page) => page.getByText("Näytä taulukkona").first(),
  },
];

/** Waits until the view's data is shown and nothing is loading any more (and charts have drawn). */
async function settle(page: Page, view: View): Promise<void> {
  await view.ready(page).waitFor();
  await untilCount(page.locator(".loading"), 0);
  await page.waitForLoadState("networkidle");
  // What a click would open (a chart's table) is checked too: axe skips what is not shown.
  await page.evaluate(`document.querySelectorAll("details").forEach((details) => { details.open = true; })`);
  // Charts animate in; axe measures contrast on what is drawn, so let the animation end.
  await page.waitForTimeout(800);
}

describe("WCAG 2.1 A/AA in the real browser (axe-core)", () => {
  it.each(views.map((view) => [view.name, view] as const))(
    "%s has no violation at a desktop's and at a phone's width",
    async (_name, view) => {
      const context = await browser.newPerson();
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${hub.appUrl}${view.path}`);
      if (view.user) await page.getByRole("button", { name: `Kirjaudu: ${view.user}` }).click();
      await settle(page, view);
      expect(new URL(page.url()).pathname).toBe(`/app/${view.path}`);

      const report: string[] = [];
      let found = 0;
      for (const [width, height, label] of [
        [1280, 900, "desktop"],
        [390, 844, "phone (390 px)"],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(300);
        const violations = await axeViolations(page);
        found += violations.length;
        report.push(formatViolations(`${view.name}, ${label}`, violations));
      }
      // The readable list is the failure message: rule, what to fix and the elements, per width.
      if (found > 0) throw new Error(report.join("\n\n"));
      expect(await watch.violations()).toEqual([]);
      expect(watch.errors).toEqual([]);
      await context.close();
    },
    90_000,
  );
});

describe("the check itself", () => {
  it("finds a violation when there is one (an image without a text alternative), so a clean result means something", async () => {
    const context = await browser.newPerson();
    const page = await context.newPage();
    await page.goto(`${hub.appUrl}sign-in`);
    await page.getByRole("button", { name: "Kirjaudu: client" }).waitFor();
    // DevTools evaluation, as axe's own: a broken element the app would never render.
    await page.evaluate(`document.body.append(Object.assign(document.createElement("img"), { src: "/app/none.png" }))`);
    const violations = await axeViolations(page);
    expect(violations.map((violation) => violation.id)).toContain("image-alt");
    expect(formatViolations("sign-in", violations)).toMatch(/image-alt \(critical\): .*\n\s+at img: /);
    await context.close();
  }, 60_000);
});
