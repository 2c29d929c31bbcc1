import { networkInterfaces } from "node:os";
import { CONTENT_SECURITY_POLICY, createGateway, type DevelopmentToken } from "../src";
import { key, post, silent, startWorld, type World } from "./support/testWorld";

/** The gateway's own pages: `GET /`, the GraphiQL IDE at `/ide` and its assets. */
let world: World;
let tokens: DevelopmentToken[];

beforeAll(async () => {
  world = await startWorld();
  tokens = [{ user: "sw-test", description: "A social worker of the test world", token: world.token }];
});
afterAll(() => world.stop());

const origin = (url: string) => new URL(url).origin;

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The `src` of every script and the `href` of every stylesheet or link in an HTML page. */
function referencesOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link|img|iframe|a)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
}

function inProduction<T>(run: () => Promise<T>): Promise<T> {
  const previous = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  return run().finally(() => {
    process.env["NODE_ENV"] = previous;
  });
}

describe("the Content-Security-Policy of the gateway's pages", () => {
  it("allows scripts, styles and requests from the gateway's own origin only, and no framing", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name!, sources] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    // No host, scheme wildcard, inline code or eval anywhere: data: only for GraphiQL's inlined icons and fonts.
    for (const [name, sources] of directives) {
      for (const source of sources) expect([name, ["'self'", "'none'", "data:"].includes(source)]).toEqual([name, true]);
    }
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
    expect(directives.get("font-src")).toEqual(["'self'", "data:"]);
  });
});

describe("GET / in development", () => {
  it("says what this is and links the IDE, the health endpoints and the docs, under the CSP", async () => {
    const { url } = await world.gateway();
    const page = await get(`${origin(url)}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(page.text).toContain("Silta");
    expect(referencesOf(page.text)).toEqual(
      expect.arrayContaining(["/ide", "/health/live", "/health/ready", "/fhir/R4/metadata"]),
    );
    expect(page.text).toContain("docs/");
    expect(page.text).not.toMatch(/https?:\/\//);
  });

  it("sends a browser that opens the GraphQL URL to the IDE, and leaves API calls alone", async () => {
    const { url } = await world.gateway();
    const visit = await get(url, { accept: "text/html,application/xhtml+xml" });
    expect(visit.status).toBe(302);
    expect(visit.headers.get("location")).toBe("/ide");
    const call = await post(url, "{ me { id } }", world.bearer);
    expect(call.body.data).toEqual({ me: { id: "p-42" } });
  });
});

describe("the IDE at /ide", () => {
  it("serves GraphiQL and every file it loads from the gateway itself, under the CSP, with no external URL in the page", async () => {
    const { url } = await world.gateway();
    const page = await get(`${origin(url)}/ide`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("cache-control")).toBe("no-store");
    // No inline script (the CSP would refuse it): only the JSON settings block, which never runs.
    const inlineScripts = [...page.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((match) => match[1]!.trim());
    expect(inlineScripts).toEqual(['type="application/json" id="silta-ide-settings"']);
    expect(page.text).not.toMatch(/https?:\/\//);

    const references = referencesOf(page.text);
    expect(references).toEqual(
      expect.arrayContaining([
        "/ide/assets/react.js",
        "/ide/assets/react-dom.js",
        "/ide/assets/graphiql.js",
        "/ide/assets/graphiql.css",
        "/ide/assets/ide.js",
      ]),
    );
    for (const reference of references) {
      // Every reference is a path on this origin: no scheme, no protocol-relative host.
      expect(reference).toMatch(/^\/(?!\/)/);
      const asset = await get(`${origin(url)}${reference}`);
      expect([reference, asset.status]).toEqual([reference, 200]);
      expect(asset.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
      if (!reference.startsWith("/ide/assets/")) continue;
      expect(asset.headers.get("content-type")).toMatch(reference.endsWith(".css") ? /^text\/css/ : /^text\/javascript/);
      expect(asset.text.length).toBeGreaterThan(100);
    }
    // The IDE's own script fetches only the gateway's GraphQL path; the bundles' URLs are in
    // comments and strings (licences, docs links), which the CSP keeps from ever being requested.
    const ideScript = await get(`${origin(url)}/ide/assets/ide.js`);
    expect(ideScript.text).not.toMatch(/https?:\/\//);
    expect(ideScript.text).toContain("fetch(settings.graphqlPath");
  });

  it("serves only the files it knows: a path is never read from the disk", async () => {
    const { url } = await world.gateway();
    for (const path of [
      "/ide/assets/../../package.json",
      "/ide/assets/%2e%2e%2fpackage.json",
      "/ide/assets/constructor",
      "/ide/other",
    ]) {
      const answer = await get(`${origin(url)}${path}`);
      expect([path, answer.status]).toEqual([path, 404]);
    }
  });

  it("offers the development tokens it was given with one click, and they are accepted by the gateway", async () => {
    const { url } = await world.gateway({ developmentTokens: tokens });
    const page = await get(`${origin(url)}/ide`);
    const settings = JSON.parse(page.text.match(/id="silta-ide-settings">([^<]*)<\/script>/)![1]!) as {
      graphqlPath: string;
      tokens: DevelopmentToken[];
    };
    expect(settings).toEqual({ graphqlPath: "/graphql", tokens });
    // What the IDE sends when the user is picked.
    const answer = await post(url, "{ me { id } }", { authorization: `Bearer ${settings.tokens[0]!.token}` });
    expect(answer.body.data).toEqual({ me: { id: "p-42" } });
  });

  it("keeps the tokens from callers on another machine: they are in the page only for loopback callers", async () => {
    // A caller from another machine is simulated by serving on this machine's own network address.
    const address = Object.values(networkInterfaces())
      .flat()
      .find((candidate) => candidate && !candidate.internal && candidate.family === "IPv4")?.address;
    if (!address) return; // No network interface here besides loopback: nothing to simulate with.
    const gateway = createGateway({
      supergraphSdl: world.supergraphSdl,
      subgraphUrls: { people: world.people.url, teams: world.teams.url },
      verifier: world.issuer.verifier,
      viewerKey: key,
      log: silent,
      metrics: false,
      developmentTokens: tokens,
    });
    try {
      const url = await gateway.start(0, address);
      const page = await get(`${origin(url)}/ide`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('{"graphqlPath":"/graphql","tokens":[]}');
      expect(page.text).not.toContain(world.token);
    } finally {
      await gateway.stop();
    }
  });

  it("carries no token when none were given (a gateway of its own in development)", async () => {
    const { url } = await world.gateway();
    const page = await get(`${origin(url)}/ide`);
    expect(page.text).toContain('{"graphqlPath":"/graphql","tokens":[]}');
    expect(page.text).not.toContain(world.token);
  });

  it("is off when the landing page is turned off: no IDE, and GET / does not mention it", async () => {
    const { url } = await world.gateway({ landingPage: false, developmentTokens: tokens });
    expect((await get(`${origin(url)}/ide`)).status).toBe(404);
    const home = await get(`${origin(url)}/`);
    expect(home.status).toBe(200);
    expect(home.text).not.toContain("/ide");
  });
});

describe("in production", () => {
  it("serves no IDE and no tokens; GET / only says what this is; a browser on the GraphQL URL gets no landing page", async () => {
    const { url } = await inProduction(() => world.gateway());
    expect((await get(`${origin(url)}/ide`)).status).toBe(404);
    expect((await get(`${origin(url)}/ide/assets/graphiql.js`)).status).toBe(404);
    const home = await get(`${origin(url)}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(home.text).toContain("Silta");
    expect(home.text).not.toContain("/ide");
    const visit = await get(url, { accept: "text/html" });
    expect(visit.status).not.toBe(302);
    expect(visit.text).not.toMatch(/apollographql|sandbox/i);
  });

  it("refuses to start with the IDE or development tokens", async () => {
    await expect(inProduction(() => world.gateway({ landingPage: true }))).rejects.toThrow(/development IDE/);
    await expect(inProduction(() => world.gateway({ developmentTokens: tokens }))).rejects.toThrow(/development tokens/);
  });
});

describe("Apollo's landing page and telemetry", () => {
  it("are off in development too: no Apollo Sandbox from a CDN, and Apollo's telemetry is disabled", async () => {
    const { url } = await world.gateway();
    // A GET that is not for HTML reaches Apollo Server itself, which has no landing page to give.
    const answer = await get(url, { accept: "*/*", "apollo-require-preflight": "1" });
    expect(answer.text).not.toMatch(/apollographql|sandbox|cdn\./i);
    expect(process.env["APOLLO_TELEMETRY_DISABLED"]).toBe("true");
  });
});
