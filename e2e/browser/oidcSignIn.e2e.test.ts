import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeJwt } from "jose";
import { createLogger, viewerKey } from "@silta/kernel";
import { createGateway, createOidcVerifier, type Gateway } from "@silta/gateway";
import { createDevIdentityProvider, type DevIdentityProvider } from "@silta/gateway";
import { buildWebApp, projectWebApp } from "../../scripts/webAppBuild";
import { launchChromium, type TestBrowser } from "./chromium";
import { watchPage } from "./pageWatch";
import { screenshot } from "./screenshots";

/**
 * Production sign-in in a real browser: the gateway trusts an OpenID Connect provider (the
 * development one of docker-compose's dev profile), serves the app with OIDC settings, and the app
 * signs a worker in with the authorization code flow and PKCE, keeping the token in memory only.
 * Fixed ports of this project's test range, because the provider must know the app's redirect URI.
 */
const root = join(__dirname, "..", "..");
const IDP_PORT = 26110;
const GATEWAY_PORT = 26111;
const issuer = `http://127.0.0.1:${IDP_PORT}`;
const appUrl = `http://127.0.0.1:${GATEWAY_PORT}/app/`;
const socialWorker = {
  sub: "0b000000-0000-4000-8000-000000000001",
  org: "0a000000-0000-4000-8000-000000000001",
  roles: "social_worker",
};

let provider: DevIdentityProvider;
let gateway: Gateway;
let browser: TestBrowser;

beforeAll(async () => {
  await buildWebApp(projectWebApp(root));
  provider = await createDevIdentityProvider({
    issuer,
    audience: "silta",
    clients: [{ clientId: "silta-web", redirectUris: [appUrl] }],
  });
  await provider.listen(IDP_PORT, "127.0.0.1");
  gateway = createGateway({
    supergraphSdl: readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
    // No subgraphs run here: sign-in is what is tested, and a request that reaches planning has passed it.
    subgraphUrls: {},
    verifier: createOidcVerifier({ issuer, audience: "silta", jwksUrl: `${issuer}/.well-known/jwks.json` }),
    viewerKey: viewerKey(randomBytes(32).toString("base64url")),
    log: createLogger({ service: "oidc-e2e", level: "silent" }),
    metrics: false,
    webApp: {
      directory: join(root, "ui", "dist"),
      signIn: {
        kind: "oidc",
        issuer,
        authorizationEndpoint: `${issuer}/authorize`,
        tokenEndpoint: `${issuer}/oauth/token`,
        clientId: "silta-web",
        scope: "openid",
      },
    },
  });
  await gateway.start(GATEWAY_PORT, "127.0.0.1");
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await provider?.close();
});

describe("signing in to the web app with OpenID Connect and PKCE", () => {
  it("goes to the provider and back with a code, redeems it with the verifier, and calls the gateway with the token from memory", async () => {
    const context = await browser.newPerson();
    const page = await context.newPage();
    const watch = await watchPage(page);
    const authorizations: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${issuer}/authorize?`)) authorizations.push(request.url());
    });
    const graphqlAnswer = page.waitForResponse((response) => response.url().endsWith("/graphql"));

    await page.goto(appUrl);
    expect(await page.getByRole("button", { name: /^Kirjaudu: / }).count()).toBe(0);
    await page.getByRole("button", { name: "Kirjaudu sisään" }).click();
    await page.getByRole("heading", { name: "Development sign-in" }).waitFor();
    const request = new URL(authorizations[0]!);
    expect(Object.fromEntries(request.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "silta-web",
      redirect_uri: appUrl,
      code_challenge_method: "S256",
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    // Only the pending sign-in waits in sessionStorage of the app's origin meanwhile (the provider's page is another origin).
    await page.getByLabel("Subject (the person's id)").fill(socialWorker.sub);
    await page.getByLabel("Organisation id").fill(socialWorker.org);
    await page.getByLabel("Roles (comma-separated)").fill(socialWorker.roles);
    await page.getByRole("button", { name: "Sign in" }).click();

    const answer = await graphqlAnswer;
    const authorization = await answer.request().headerValue("authorization");
    expect(authorization).toMatch(/^Bearer ey/);
    expect(decodeJwt(authorization!.slice("Bearer ".length))).toMatchObject({ iss: issuer, aud: "silta", sub: socialWorker.sub });
    // The gateway accepted the provider's token (a refused one is 401 before any planning).
    expect(answer.status()).not.toBe(401);
    await page.getByText(`Kirjautunut: ${socialWorker.sub}`).waitFor();
    await screenshot(page, "oidc-signed-in");

    // The code is gone from the address bar, and nothing is left in any storage.
    expect(page.url()).not.toContain("code=");
    const stored = await page.evaluate<string>(
      `JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie])`,
    );
    expect(stored).toBe(JSON.stringify([[], [], ""]));
    expect(await watch.violations()).toEqual([]);
    await context.close();
  }, 90_000);

  it("refuses an answer it did not ask for: a code without the pending sign-in is not redeemed", async () => {
    const context = await browser.newPerson();
    const page = await context.newPage();
    let redeemed = false;
    page.on("request", (request) => {
      if (request.url().startsWith(`${issuer}/oauth/token`)) redeemed = true;
    });
    await page.goto(`${appUrl}?code=stolen-code&state=forged-state&iss=${encodeURIComponent(issuer)}`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("no_pending_sign_in");
    expect(redeemed).toBe(false);
    await context.close();
  }, 60_000);
});
