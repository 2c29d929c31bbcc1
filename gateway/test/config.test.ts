import { ConfigError } from "@silta/kernel";
import { loadGatewayConfig } from "../src";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const oidc = {
  OIDC_ISSUER: "https://idp.example.fi/realms/county",
  OIDC_AUDIENCE: "silta",
  OIDC_JWKS_URL: "https://idp.example.fi/realms/county/protocol/openid-connect/certs",
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadGatewayConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("the gateway's configuration", () => {
  it("needs only the viewer signing secret outside production, and defaults the rest", () => {
    const config = loadGatewayConfig({ VIEWER_SIGNING_SECRET: secret });
    expect(config).toMatchObject({ NODE_ENV: "development", HOST: "127.0.0.1", PORT: 4000, subgraphUrls: {}, oidc: undefined });
    expect(config.SUPERGRAPH_PATH).toMatch(/schema[\\/]supergraph\.graphql$/);
  });

  it("reads subgraph URLs by subgraph name, including subgraphs it does not know by name", () => {
    const config = loadGatewayConfig({
      VIEWER_SIGNING_SECRET: secret,
      SUBGRAPH_CLIENTS_URL: "http://clients.internal:4001/graphql",
      SUBGRAPH_CASE_NOTES_URL: "http://notes.internal:4010/graphql",
    });
    expect(config.subgraphUrls).toEqual({
      clients: "http://clients.internal:4001/graphql",
      case_notes: "http://notes.internal:4010/graphql",
    });
  });

  it("gathers the OIDC settings when all three are given", () => {
    expect(loadGatewayConfig({ VIEWER_SIGNING_SECRET: secret, ...oidc }).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      audience: "silta",
      jwksUrl: oidc.OIDC_JWKS_URL,
      clockToleranceSeconds: 30,
    });
  });

  it("serves the web app with OIDC sign-in (PKCE) when WEB_APP_DIR and the app's client settings are given", () => {
    const config = loadGatewayConfig({
      VIEWER_SIGNING_SECRET: secret,
      ...oidc,
      WEB_APP_DIR: "/app/ui/dist",
      WEB_APP_OIDC_CLIENT_ID: "silta-web",
      WEB_APP_OIDC_AUTHORIZATION_URL: "https://idp.example.fi/realms/county/protocol/openid-connect/auth",
      WEB_APP_OIDC_TOKEN_URL: "https://idp.example.fi/realms/county/protocol/openid-connect/token",
    });
    expect(config.webApp).toEqual({
      directory: "/app/ui/dist",
      signIn: {
        kind: "oidc",
        issuer: oidc.OIDC_ISSUER,
        authorizationEndpoint: "https://idp.example.fi/realms/county/protocol/openid-connect/auth",
        tokenEndpoint: "https://idp.example.fi/realms/county/protocol/openid-connect/token",
        clientId: "silta-web",
        scope: "openid",
      },
    });
    expect(loadGatewayConfig({ VIEWER_SIGNING_SECRET: secret }).webApp).toBeUndefined();
  });

  it("refuses a web app with OIDC but without its client settings, naming each missing variable", () => {
    expect(problemsOf({ VIEWER_SIGNING_SECRET: secret, ...oidc, WEB_APP_DIR: "/app/ui/dist" })).toEqual([
      expect.stringMatching(/^WEB_APP_OIDC_CLIENT_ID: is required when WEB_APP_DIR is set/),
      expect.stringMatching(/^WEB_APP_OIDC_AUTHORIZATION_URL: is required/),
      expect.stringMatching(/^WEB_APP_OIDC_TOKEN_URL: is required/),
    ]);
  });

  it("reports every problem at once, each naming its variable", () => {
    const problems = problemsOf({ VIEWER_SIGNING_SECRET: "short", SUBGRAPH_FIT_URL: "fit:4004", OIDC_ISSUER: oidc.OIDC_ISSUER });
    expect(problems).toEqual([
      expect.stringMatching(/^VIEWER_SIGNING_SECRET: .*32 characters.*set \(hidden\)/),
      expect.stringMatching(/^SUBGRAPH_FIT_URL: /),
      expect.stringMatching(/^OIDC_AUDIENCE: is required together with OIDC_ISSUER and OIDC_JWKS_URL/),
      expect.stringMatching(/^OIDC_JWKS_URL: is required together with OIDC_ISSUER and OIDC_AUDIENCE/),
    ]);
  });

  it("requires OIDC in production, where development tokens are refused", () => {
    expect(problemsOf({ NODE_ENV: "production", VIEWER_SIGNING_SECRET: secret })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER: is required in production/),
      expect.stringMatching(/^OIDC_AUDIENCE: is required in production/),
      expect.stringMatching(/^OIDC_JWKS_URL: is required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: "production", VIEWER_SIGNING_SECRET: secret, ...oidc })).toEqual([]);
  });

  it("defaults every production setting and reads them from the environment", () => {
    const defaults = loadGatewayConfig({ VIEWER_SIGNING_SECRET: secret });
    expect(defaults).toMatchObject({
      authentication: "required",
      REDIS_URL: undefined,
      redisKeyPrefix: "silta:gateway",
      limits: {
        maxRequestBytes: 100_000,
        maxDepth: 10,
        maxAliases: 30,
        maxRootFields: 20,
        maxTokens: 5_000,
        maxDirectives: 50,
        maxCost: 50_000,
        defaultListSize: 10,
      },
      persistedQueries: { mode: "apq", ttlSeconds: 86_400, manifests: [] },
      rateLimit: { requests: 600, windowSeconds: 60 },
      subgraphPolicy: { timeoutMs: 5_000, retries: 1, connections: 64, breakerFailures: 5, breakerOpenMs: 10_000 },
      subgraphTimeoutsMs: {},
      responseCache: false,
      corsOrigins: [],
      landingPage: true,
      introspection: true,
      metrics: true,
    });
    const configured = loadGatewayConfig({
      VIEWER_SIGNING_SECRET: secret,
      MAX_DEPTH: "6",
      PERSISTED_QUERIES: "safelist",
      PERSISTED_QUERIES_MANIFESTS: "a.json, b.json",
      SUBGRAPH_FIT_TIMEOUT_MS: "800",
      CORS_ORIGINS: "https://ui.county.fi,https://admin.county.fi",
      RATE_LIMIT_REQUESTS: "0",
    });
    expect(configured).toMatchObject({
      limits: { maxDepth: 6 },
      persistedQueries: { mode: "safelist", manifests: ["a.json", "b.json"] },
      subgraphTimeoutsMs: { fit: 800 },
      corsOrigins: ["https://ui.county.fi", "https://admin.county.fi"],
      rateLimit: { requests: 0 },
    });
  });

  it("turns introspection and the landing page off in production and refuses to turn them or authentication back on", () => {
    expect(loadGatewayConfig({ NODE_ENV: "production", VIEWER_SIGNING_SECRET: secret, ...oidc })).toMatchObject({
      introspection: false,
      landingPage: false,
    });
    expect(
      problemsOf({
        NODE_ENV: "production",
        VIEWER_SIGNING_SECRET: secret,
        ...oidc,
        GATEWAY_AUTHENTICATION: "off",
        INTROSPECTION: "true",
        LANDING_PAGE: "true",
      }),
    ).toEqual([
      expect.stringMatching(/^GATEWAY_AUTHENTICATION: cannot be off in production/),
      expect.stringMatching(/^INTROSPECTION: cannot be on in production/),
      expect.stringMatching(/^LANDING_PAGE: cannot be on in production/),
    ]);
  });

  it("runs alone without OIDC when authentication is off outside production", () => {
    expect(loadGatewayConfig({ VIEWER_SIGNING_SECRET: secret, GATEWAY_AUTHENTICATION: "off" }).authentication).toBe("off");
  });

  it("reports a wrong limit or timeout naming its variable", () => {
    expect(
      problemsOf({ VIEWER_SIGNING_SECRET: secret, MAX_DEPTH: "0", SUBGRAPH_FIT_TIMEOUT_MS: "soon", PERSISTED_QUERIES: "all" }),
    ).toEqual([
      expect.stringMatching(/^MAX_DEPTH: /),
      expect.stringMatching(/^PERSISTED_QUERIES: /),
      expect.stringMatching(/^SUBGRAPH_FIT_TIMEOUT_MS: /),
    ]);
  });

  it("requires the viewer signing secret", () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^VIEWER_SIGNING_SECRET: .*unset/)]);
  });
});
