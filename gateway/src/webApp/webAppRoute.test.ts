import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WebAppConfig, WebAppSignIn } from "./webAppConfig";
import { webAppRoute } from "./webAppRoute";
import { webAppContentSecurityPolicy } from "./webAppSecurityPolicy";

const developmentSignIn: WebAppSignIn = {
  kind: "development",
  users: [{ user: "socialWorker", description: "a social worker", token: "ey.development.token" }],
};
const oidcSignIn: WebAppSignIn = {
  kind: "oidc",
  issuer: "https://login.county.example",
  authorizationEndpoint: "https://login.county.example/authorize",
  tokenEndpoint: "https://tokens.county.example/oauth/token",
  clientId: "silta-web",
  scope: "openid",
};

/** A built app as Vite writes it, and a secret beside it that must never be served. */
function builtApp(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), "silta-webapp-"));
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), '<!doctype html><script type="module" src="/app/assets/index-abc123.js"></script>');
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log('app')");
  writeFileSync(join(dist, ".env"), "SECRET=1");
  writeFileSync(join(root, "secret.txt"), "not for the web");
  return { root, dist };
}

async function serve(signIn: WebAppSignIn, directory: string): Promise<{ server: Server; base: string }> {
  const route = webAppRoute({ directory, graphqlPath: "/graphql", signIn });
  const server = createServer((request, response) => void route.handle(request, response, "request-1"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Raw paths, as an attacker sends them (fetch would normalise `..` away). */
async function getRaw(base: string, path: string): Promise<{ status: number; body: string }> {
  const { request } = await import("node:http");
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the web app served at /app/ of the gateway", () => {
  const { root, dist } = builtApp();
  let running: { server: Server; base: string };

  beforeAll(async () => {
    running = await serve(developmentSignIn, dist);
  });
  afterAll(async () => {
    await new Promise((resolve) => running.server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it("answers index.html at /app/ and at the app's own routes, under the strict CSP and never cached stale", async () => {
    for (const path of ["/app/", "/app/clients/0d000000-0000-4000-8000-000000000001"]) {
      const response = await fetch(`${running.base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toBe(webAppContentSecurityPolicy());
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(await response.text()).toContain("/app/assets/index-abc123.js");
    }
  });

  it("sends /app to /app/, so the app's relative URLs resolve", async () => {
    const response = await fetch(`${running.base}/app`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/app/");
  });

  it("serves the build's hashed assets for a year, with their type", async () => {
    const response = await fetch(`${running.base}/app/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("serves nothing outside the build folder, no dot files and no missing asset", async () => {
    for (const path of [
      "/app/../secret.txt",
      "/app/%2e%2e/secret.txt",
      "/app/assets/..%2f..%2fsecret.txt",
      "/app/.env",
      "/app/assets/missing.js",
      "/app/%E0%A4%A",
      "/application",
    ]) {
      const { status, body } = await getRaw(running.base, path);
      expect({ path, status }).toEqual({ path, status: 404 });
      expect(body).not.toContain("not for the web");
      expect(body).not.toContain("SECRET");
    }
  });

  it("refuses writes", async () => {
    const response = await fetch(`${running.base}/app/`, { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("gives a browser on this machine the demo users' tokens in /app/config.json, never cached", async () => {
    const response = await fetch(`${running.base}/app/config.json`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()) as WebAppConfig).toEqual({ graphqlPath: "/graphql", signIn: developmentSignIn });
  });

  it("gives a browser on another machine no development tokens", async () => {
    const route = webAppRoute({ directory: dist, graphqlPath: "/graphql", signIn: developmentSignIn });
    const sent = { body: "", headers: {} as Record<string, unknown>, statusCode: 0 };
    const response = {
      set statusCode(value: number) {
        sent.statusCode = value;
      },
      setHeader: (name: string, value: unknown) => (sent.headers[name] = value),
      end: (body?: string) => (sent.body = body ?? ""),
    } as unknown as ServerResponse;
    const request = { url: "/app/config.json", method: "GET", socket: { remoteAddress: "10.1.2.3" } } as IncomingMessage;
    await route.handle(request, response, "request-2");
    expect(sent.statusCode).toBe(200);
    expect(JSON.parse(sent.body)).toEqual({ graphqlPath: "/graphql", signIn: { kind: "unavailable" } });
    expect(sent.body).not.toContain("ey.development.token");
  });

  it("says how to build the app when it is not built", async () => {
    const empty = await serve(developmentSignIn, join(root, "nothing-here"));
    try {
      const response = await fetch(`${empty.base}/app/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/not built.*npm run ui:build/s);
    } finally {
      await new Promise((resolve) => empty.server.close(resolve));
    }
  });
});

describe("the web app's Content-Security-Policy", () => {
  const directives = (policy: string) => new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive]));

  it("allows scripts, styles and requests from this origin only, no inline code, no framing, no form posts", () => {
    const policy = directives(webAppContentSecurityPolicy());
    expect(policy.get("default-src")).toBe("default-src 'none'");
    expect(policy.get("script-src")).toBe("script-src 'self'");
    expect(policy.get("style-src")).toBe("style-src 'self'");
    expect(policy.get("connect-src")).toBe("connect-src 'self'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.get("form-action")).toBe("form-action 'none'");
    expect(policy.get("base-uri")).toBe("base-uri 'none'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("require-trusted-types-for")).toBe("require-trusted-types-for 'script'");
    expect(policy.get("trusted-types")).toBe("trusted-types 'none'");
    expect(webAppContentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("lets the app reach the identity provider's token endpoint, and nothing else, when it signs in with OIDC", async () => {
    const { root, dist } = builtApp();
    const running = await serve(oidcSignIn, dist);
    try {
      const response = await fetch(`${running.base}/app/`);
      const policy = directives(response.headers.get("content-security-policy")!);
      expect(policy.get("connect-src")).toBe("connect-src 'self' https://tokens.county.example");
      expect(policy.get("script-src")).toBe("script-src 'self'");
      const config = (await (await fetch(`${running.base}/app/config.json`)).json()) as WebAppConfig;
      expect(config.signIn).toEqual(oidcSignIn);
    } finally {
      await new Promise((resolve) => running.server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    }
  });
});
