import type { BrowserContext, Page } from "playwright-core";
import { startBrowserHub, type BrowserHub } from "./browserHub";
import { launchChromium, type TestBrowser } from "./chromium";
import { watchPage, type PageWatch } from "./pageWatch";
import { screenshot } from "./screenshots";
import { untilCount } from "./untilCount";

/**
 * The web app in a real Chromium against the embedded hub: served at /app/ under its CSP, signed in
 * as the demo users, the client's Kartta (a guardian gives and revokes a consent for her child, and
 * the school curator's view loses the plan at once), and the manager's dashboard without a person in it.
 */
const eetuId = "0d000000-0000-4000-8000-000000000002";
const eetuGoal = "I want to go to school without a stomach ache.";

let hub: BrowserHub;
let browser: TestBrowser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startBrowserHub(), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** A page in its own browser context (its own memory, storage and cookies: one person). */
async function personPage(): Promise<{ page: Page; context: BrowserContext; watch: PageWatch }> {
  const context = await browser.newPerson();
  const page = await context.newPage();
  return { page, context, watch: await watchPage(page) };
}

/** Signs in through the app's own sign-in page, as a demo user, and waits for their start page. */
async function signIn(page: Page, user: string): Promise<void> {
  await page.goto(hub.appUrl);
  await page.getByRole("button", { name: `Kirjaudu: ${user}` }).click();
  await page.getByRole("heading", { level: 1 }).waitFor();
}

describe("the web app served by the hub", () => {
  it("is linked from the gateway's own page, and opens at its sign-in", async () => {
    const { page, context, watch } = await personPage();
    await page.goto(`${hub.origin}/`);
    await page.getByRole("link", { name: "Silta web app" }).click();
    await page.getByRole("heading", { name: "Kirjaudu Siltaan" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/app/sign-in");
    await page.getByRole("button", { name: "Kirjaudu: client" }).waitFor();
    for (const user of ["socialWorker", "schoolCurator", "unitManager", "client"])
      expect(await page.getByRole("button", { name: `Kirjaudu: ${user}` }).count()).toBe(1);
    await screenshot(page, "sign-in");
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 60_000);

  it("runs under its Content-Security-Policy without one violation, which refuses injected script, other origins and framing", async () => {
    const { page, context, watch } = await personPage();
    await signIn(page, "client");
    await page.getByRole("heading", { name: "Suunnitelma" }).waitFor();
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);

    // What an injected script would try: run inline code (refused twice: Trusted Types refuse the
    // string as script, and script-src refuses inline code), send data to another origin.
    const injected = await page.evaluate<string>(`(() => {
      try {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
      } catch (error) {
        return "refused: " + error.name;
      }
      return window.__injected === true ? "ran" : "did not run";
    })()`);
    expect(injected).toBe("refused: TypeError");
    const otherOrigin = hub.subgraphUrls["clients"]!.replace("/graphql", "/health/live");
    const sent = await page.evaluate<string>(
      `fetch(${JSON.stringify(otherOrigin)}).then(() => "sent", (error) => "refused: " + error.name)`,
    );
    expect(sent).toBe("refused: TypeError");
    const directives = (await watch.violations()).map((violation) => violation.directive);
    expect(directives).toEqual(expect.arrayContaining(["require-trusted-types-for", "connect-src"]));

    // Framed by another page (clickjacking): the browser refuses to render the app in the frame.
    const framing = await context.newPage();
    await framing.setContent(`<iframe src="${hub.appUrl}" width="600" height="400"></iframe>`);
    await framing.waitForTimeout(1_000);
    const frame = framing.frames().find((candidate) => candidate !== framing.mainFrame())!;
    expect(await frame.locator("#root").count()).toBe(0);
    await context.close();
  }, 60_000);

  it("keeps the token in memory only: nothing in storage or cookies, and a reload signs out", async () => {
    const { page, context } = await personPage();
    await signIn(page, "client");
    const stored = await page.evaluate<string>(
      `JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie])`,
    );
    expect(stored).toBe(JSON.stringify([[], [], ""]));
    expect(await context.cookies()).toEqual([]);
    await page.reload();
    await page.getByRole("heading", { name: "Kirjaudu Siltaan" }).waitFor();
    await context.close();
  }, 60_000);
});

describe("the worker's day", () => {
  it("signs in, sees a concern due, opens the client, records an ORS session, sees the graph gain a point and schedules a network meeting", async () => {
    const { page, context, watch } = await personPage();
    await signIn(page, "socialWorker");
    await page.getByRole("heading", { level: 1, name: "Asiakkaani" }).waitFor();
    const due = page.getByRole("listitem").filter({ hasText: "Eetu has missed eight school days" });
    await due.waitFor();
    await screenshot(page, "worker-caseload");
    await due.getByRole("link").first().click();
    await page.getByRole("link", { name: "FIT", exact: true }).first().click();
    await page.getByRole("heading", { name: "Kirjaa istunto" }).waitFor();
    const points = page.locator('[data-testid="outcome-point"]');
    await points.first().waitFor();
    const before = await points.count();

    // Eetu is 10: his outcome rating is the ORS for children 6-12 (CORS, with CSRS), as the hub
    // requires; the form chooses them by his birth date and offers nothing else.
    const ors = page.locator("fieldset").filter({ hasText: "Alussa: vointi (ORS)" });
    expect(await ors.getByLabel("Mittari").inputValue()).toBe("CORS");
    expect(await ors.getByLabel("Mittari").locator("option").allTextContents()).toEqual(["CORS"]);
    const srs = page.locator("fieldset").filter({ hasText: "Lopussa: istunnon arvio (SRS)" });
    expect(await srs.getByLabel("Mittari").inputValue()).toBe("CSRS");
    for (const [item, score] of [
      ["Yksilöllisesti", "6.1"],
      ["Ihmissuhteet", "6.4"],
      ["Sosiaalisesti", "5.8"],
      ["Kokonaisuutena", "6.3"],
    ] as const)
      await ors.getByLabel(item).fill(score);
    for (const item of ["Suhde", "Tavoitteet ja aiheet", "Lähestymistapa", "Kokonaisuutena"])
      await srs.getByLabel(item).fill("9.2");
    await page.getByRole("button", { name: "Tallenna istunto" }).click();
    await page.getByText("Istunto kirjattu: kuvaaja on päivitetty.").waitFor();
    // The graph gains the new session's point.
    await untilCount(page.locator('[data-testid="outcome-point"]'), before + 1);
    expect(await points.count()).toBe(before + 1);
    await screenshot(page, "worker-fit-graph");

    // Back on Eetu's page: schedule a network meeting a week ahead with an outside facilitator.
    await page.goBack();
    await page.getByRole("link", { name: "Sovi tai kirjaa verkostokokous" }).click();
    await page.getByRole("radio", { name: "Sovitaan tulevaksi" }).waitFor();
    expect(await page.getByRole("radio", { name: "Sovitaan tulevaksi" }).isChecked()).toBe(true);
    const day = countyDayAhead(7);
    await page.getByLabel("Päivä", { exact: true }).fill(day);
    await page.getByLabel("Kellonaika").fill("14:00");
    await page.getByLabel("Paikka").fill("Perhekeskus, neuvotteluhuone 2");
    await page.getByLabel("Videolinkki").fill("https://meet.example.fi/virtanen");
    await page.getByLabel("Fasilitaattori").selectOption({ label: "Jari Nieminen (Family support association)" });
    await page.getByRole("checkbox", { name: /Aino Virtanen/ }).check();
    await screenshot(page, "worker-meeting-schedule");
    await page.getByRole("button", { name: "Sovi kokous" }).click();
    const upcoming = page.getByRole("listitem").filter({ hasText: "Perhekeskus, neuvotteluhuone 2" });
    await upcoming.waitFor();
    expect(await upcoming.textContent()).toContain("14.00");
    expect(await upcoming.getByRole("link", { name: "Liity videokokoukseen" }).getAttribute("href")).toBe(
      "https://meet.example.fi/virtanen",
    );
    await screenshot(page, "worker-meeting-scheduled");
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);
});

/** The county's calendar day `days` from now (YYYY-MM-DD in Finland), as a date input takes it. */
function countyDayAhead(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date(Date.now() + days * 86_400_000));
}

describe("Kartta: the client's and the guardian's view", () => {
  it("shows the guardian her own Kartta and leads her to her child's plan, agreements and team, at a phone's width too", async () => {
    const { page, context, watch } = await personPage();
    await signIn(page, "client");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Minun Karttani");
    await screenshot(page, "kartta-own");
    await page.getByRole("link", { name: "Katso lapsesi Eetu Kartta" }).click();
    await page.getByRole("heading", { name: "Lapseni Eetu Kartta" }).waitFor();
    await page.getByText(eetuGoal).waitFor();
    expect(await page.getByText("Mikä huolettaa").count()).toBeGreaterThan(0);
    expect(await page.getByText(/Ota ensin yhteyttä/).textContent()).toContain("Sari Laine");
    await screenshot(page, "kartta-child-plan");
    await page.setViewportSize({ width: 390, height: 844 });
    // One column at a phone's width: nothing wider than the screen.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await screenshot(page, "kartta-child-plan-phone");
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 90_000);

  it("lets the guardian give her child's consent to the school and revoke it, and the school curator's view loses the plan at once", async () => {
    const guardian = await personPage();
    await signIn(guardian.page, "client");
    await guardian.page.getByRole("link", { name: "Katso lapsesi Eetu Kartta" }).click();
    await guardian.page.getByRole("link", { name: "Suostumukseni" }).click();
    await guardian.page.getByRole("heading", { name: "Anna uusi suostumus" }).waitFor();

    // Before: the curator (another organisation) may not read Eetu's plan.
    // A refusal does not name a reason that is a fact of the client (no consent, a ban): docs/access.md "Reasons".
    expect(await curatorViewOfPlan()).toEqual({ goalShown: false, withheld: "ei näytetä" });

    await guardian.page.getByLabel("Kuka saa nähdä tiedot").selectOption({ label: "City education services" });
    for (const category of ["Perustiedot", "Tiimi", "Suunnitelma"])
      await guardian.page.getByLabel(category, { exact: true }).check();
    await guardian.page.getByLabel("Mihin tietoja tarvitaan").fill("Eetun koulunkäynnin tuki");
    await guardian.page.getByRole("button", { name: "Anna suostumus" }).click();
    await guardian.page.getByText("Suostumus on annettu.").waitFor();
    await guardian.page.getByText("Eetun koulunkäynnin tuki").waitFor();
    await screenshot(guardian.page, "kartta-consents");
    expect(await curatorViewOfPlan("curator-plan-with-consent")).toEqual({ goalShown: true, withheld: null });

    const consent = guardian.page.getByRole("listitem").filter({ hasText: "Eetun koulunkäynnin tuki" });
    await consent.getByRole("button", { name: "Peru suostumus" }).click();
    await consent.getByRole("button", { name: "Kyllä, peru" }).click();
    await guardian.page.getByText("Suostumus on peruttu.").waitFor();
    // At once: the curator's next look at the plan is refused.
    expect(await curatorViewOfPlan("curator-plan-after-revocation")).toEqual({
      goalShown: false,
      withheld: "ei näytetä",
    });

    // And the guardian sees who read Eetu's data: the curator, by name (a member of Eetu's team).
    await guardian.page.getByRole("link", { name: "Kuka on katsonut tietojani" }).click();
    const log = guardian.page.getByRole("table", { name: "Tietojesi käytöt, uusimmat ensin" });
    await log.waitFor();
    expect(await log.getByText("Mikko Heikkinen (school curator)").count()).toBeGreaterThan(0);
    expect(await log.getByText("Estetty: ei lupaa").count()).toBeGreaterThan(0);
    await screenshot(guardian.page, "kartta-access-log");
    expect(await guardian.watch.violations()).toEqual([]);
    await guardian.context.close();
  }, 120_000);
});

/**
 * The school curator's view of Eetu's shared service plan, in the app, opened afresh (a new session
 * that follows the deep link through sign-in): the plan's goals, or what the page says instead.
 */
async function curatorViewOfPlan(shot?: string): Promise<{ goalShown: boolean; withheld: string | null }> {
  const { page, context, watch } = await personPage();
  await page.goto(`${hub.appUrl}clients/${eetuId}/plan`);
  await page.getByRole("button", { name: "Kirjaudu: schoolCurator" }).click();
  const goals = page.locator("section").filter({ has: page.getByRole("heading", { name: "Tavoitteet" }) });
  await goals.waitFor();
  await page.getByText(eetuGoal).or(goals.locator(".withheld")).first().waitFor();
  const view = {
    goalShown: (await page.getByText(eetuGoal).count()) > 0,
    withheld: (await goals.locator(".withheld").count()) > 0 ? await goals.locator(".withheld").textContent() : null,
  };
  if (shot) await screenshot(page, shot);
  expect(await watch.violations()).toEqual([]);
  await context.close();
  return view;
}

describe("the manager's views", () => {
  it("shows the rollout dashboard and the outcome report with figures only: no client and no small group named", async () => {
    const { page, context, watch } = await personPage();
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql")) asked.push(request.postData() ?? "");
    });
    await signIn(page, "unitManager");
    expect(new URL(page.url()).pathname).toBe("/app/manager");
    await page.getByText(/Kohdeyksiköistä \d+\/\d+/).waitFor();
    await page.getByText("Näytä taulukkona").first().click();
    const units = page.getByRole("table", { name: "Koulutetut ja kouluttajat yksiköittäin" });
    expect(await units.getByRole("row").count()).toBeGreaterThan(1);
    await screenshot(page, "manager-rollout");
    const dashboard = await page.innerText("main");

    await page.getByRole("link", { name: "Tuloksellisuus" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Tuloksellisuus" }).waitFor();
    await page.getByText("Näytä taulukkona").click();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("row", { name: /North area team/ }).count()).toBe(1);
    expect(await page.getByRole("row", { name: /Pieni ryhmä/ }).count()).toBeGreaterThan(0);
    await screenshot(page, "manager-outcomes");
    const report = await page.innerText("main");

    // No person-level data: no client's name, no identity code, and no operation that asks for a client.
    for (const text of [dashboard, report]) {
      expect(text).not.toMatch(/Aino|Eetu|Juho|Virtanen/);
      expect(text).not.toMatch(/\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/);
    }
    expect(asked.length).toBeGreaterThan(1);
    for (const body of asked) expect(body).not.toMatch(/\bclients?\s*[({]/);
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 90_000);
});
