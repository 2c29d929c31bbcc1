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

  it("requires the viewer signing secret", () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^VIEWER_SIGNING_SECRET: .*unset/)]);
  });
});
