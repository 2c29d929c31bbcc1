import { createHash, randomBytes } from "node:crypto";
import { decodeJwt } from "jose";
import { createOidcVerifier } from "../auth/oidcVerifier";
import { createDevIdentityProvider, type DevIdentityProvider } from "./devIdentityProvider";

describe("the development identity provider of docker-compose's dev profile", () => {
  let provider: DevIdentityProvider;
  let url: string;
  const appUrl = "http://127.0.0.1:4000/app/";

  beforeAll(async () => {
    // The issuer is its own URL, as in compose (DEV_IDP_ISSUER=http://dev-idp:4010): known only once listening.
    provider = await createDevIdentityProvider({
      issuer: "http://127.0.0.1:47311",
      audience: "silta",
      clients: [{ clientId: "silta-web", redirectUris: [appUrl] }],
    });
    url = await provider.listen(47311, "127.0.0.1");
  });

  afterAll(() => provider.close());

  it("publishes a discovery document whose JWKS verifies its tokens with the gateway's own OIDC verifier", async () => {
    const discovery = (await (await fetch(`${url}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(discovery.issuer).toBe(url);
    const response = await fetch(
      `${url}/token?sub=0b000000-0000-4000-8000-000000000001&kind=professional&org=0a000000-0000-4000-8000-000000000001&roles=social_worker`,
    );
    const { token } = (await response.json()) as { token: string };
    const verifier = createOidcVerifier({ issuer: discovery.issuer, audience: "silta", jwksUrl: discovery.jwks_uri });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      sub: "0b000000-0000-4000-8000-000000000001",
      silta_kind: "professional",
      silta_org: "0a000000-0000-4000-8000-000000000001",
      roles: ["social_worker"],
    });
  });

  it("refuses a token request without a subject or with an unknown kind, saying what to send", async () => {
    const missing = await fetch(`${url}/token`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: expect.stringMatching(/^sub is required/) });
    const kind = await fetch(`${url}/token?sub=x&kind=admin`);
    expect(await kind.json()).toEqual({ error: "kind must be one of professional, client, system" });
  });

  it("is not trusted by a gateway expecting another issuer", async () => {
    const token = await provider.issue({ sub: "someone" });
    const verifier = createOidcVerifier({
      issuer: "https://login.example.fi",
      audience: "silta",
      jwksUrl: `${url}/.well-known/jwks.json`,
    });
    await expect(verifier.verify(token)).rejects.toThrow(/iss/);
  });

  describe("the authorization code flow with PKCE, for the web app", () => {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const request = (overrides: Record<string, string> = {}) =>
      new URLSearchParams({
        response_type: "code",
        client_id: "silta-web",
        redirect_uri: appUrl,
        state: "state-1",
        nonce: "nonce-1",
        scope: "openid",
        code_challenge: challenge,
        code_challenge_method: "S256",
        ...overrides,
      });
    const person = {
      sub: "0b000000-0000-4000-8000-000000000001",
      kind: "professional",
      org: "0a000000-0000-4000-8000-000000000001",
      roles: "social_worker",
    };

    async function codeFor(params: URLSearchParams): Promise<URL> {
      const response = await fetch(`${url}/authorize/approve?${params}&${new URLSearchParams(person)}`, { redirect: "manual" });
      expect(response.status).toBe(302);
      return new URL(response.headers.get("location")!);
    }
    const exchange = (code: string, codeVerifier: string, origin = "http://127.0.0.1:4000") =>
      fetch(`${url}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: appUrl,
          client_id: "silta-web",
          code_verifier: codeVerifier,
        }),
      });

    it("shows a sign-in form for a registered client, and names its endpoints in the discovery document", async () => {
      const discovery = (await (await fetch(`${url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
      expect(discovery).toMatchObject({
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/oauth/token`,
        code_challenge_methods_supported: ["S256"],
      });
      const page = await fetch(`${url}/authorize?${request()}`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(await page.text()).toContain('action="/authorize/approve"');
    });

    it("sends the person back with a one-time code, which with the right verifier buys a token the gateway accepts", async () => {
      const back = await codeFor(request());
      expect(back.origin + back.pathname).toBe(appUrl);
      expect(back.searchParams.get("state")).toBe("state-1");
      const code = back.searchParams.get("code")!;
      const response = await exchange(code, verifier);
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4000");
      const tokens = (await response.json()) as { access_token: string; id_token: string; token_type: string };
      expect(tokens.token_type).toBe("Bearer");
      const gatewayVerifier = createOidcVerifier({ issuer: url, audience: "silta", jwksUrl: `${url}/.well-known/jwks.json` });
      await expect(gatewayVerifier.verify(tokens.access_token)).resolves.toMatchObject({
        sub: person.sub,
        silta_kind: "professional",
        roles: ["social_worker"],
      });
      expect(decodeJwt(tokens.id_token)).toMatchObject({ aud: "silta-web", nonce: "nonce-1", sub: person.sub });
      // A code works once.
      expect(await (await exchange(code, verifier)).json()).toMatchObject({ error: "invalid_grant" });
    });

    it("refuses a code presented without the verifier that made its challenge", async () => {
      const code = (await codeFor(request())).searchParams.get("code")!;
      const response = await exchange(code, randomBytes(32).toString("base64url"));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "invalid_grant",
        error_description: "code_verifier does not match the code_challenge",
      });
    });

    it("never redirects to an unregistered address, and requires PKCE", async () => {
      const elsewhere = await fetch(`${url}/authorize/approve?${request({ redirect_uri: "https://attacker.example/" })}`, {
        redirect: "manual",
      });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.headers.get("location")).toBeNull();
      const plain = await codeFor(request({ code_challenge_method: "plain" }));
      expect(plain.searchParams.get("error")).toBe("invalid_request");
      expect(plain.searchParams.get("code")).toBeNull();
    });

    it("answers CORS for the registered app's origin only", async () => {
      const code = (await codeFor(request())).searchParams.get("code")!;
      const response = await exchange(code, verifier, "https://attacker.example");
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    });
  });
});
