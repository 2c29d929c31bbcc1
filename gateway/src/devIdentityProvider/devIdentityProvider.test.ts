import { createOidcVerifier } from "../auth/oidcVerifier";
import { createDevIdentityProvider, type DevIdentityProvider } from "./devIdentityProvider";

describe("the development identity provider of docker-compose's dev profile", () => {
  let provider: DevIdentityProvider;
  let url: string;

  beforeAll(async () => {
    // The issuer is its own URL, as in compose (DEV_IDP_ISSUER=http://dev-idp:4010): known only once listening.
    provider = await createDevIdentityProvider({ issuer: "http://127.0.0.1:47311", audience: "silta" });
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
});
