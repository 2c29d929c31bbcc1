import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { authenticate, type TokenVerifier } from "../src";
import { createJwtVerifier } from "../src/auth/jwtVerifier";

const issuer = "https://idp.example.fi/realms/county";
const audience = "silta";
const claims = { sub: "p1", silta_kind: "professional", silta_org: "org1", roles: ["social_worker"] };

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let verifier: TokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair("ES256", { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair("ES256")).privateKey;
  const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256" };
  verifier = createJwtVerifier({ keys: createLocalJWKSet({ keys: [publicJwk] }), issuer, audience });
});

interface TokenOptions {
  key?: CryptoKey | Uint8Array;
  alg?: string;
  iss?: string;
  aud?: string;
  exp?: number | string | null;
  payload?: JWTPayload;
}

function token(options: TokenOptions = {}): Promise<string> {
  const jwt = new SignJWT(options.payload ?? claims)
    .setProtectedHeader({ alg: options.alg ?? "ES256", kid: "k1" })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? "5m");
  return jwt.sign(options.key ?? signingKey);
}

async function refusalOf(authorization: string | undefined): Promise<Record<string, unknown> | "accepted"> {
  try {
    await authenticate({ authorization }, verifier);
    return "accepted";
  } catch (error) {
    return { message: (error as Error).message, ...(error as { extensions: Record<string, unknown> }).extensions };
  }
}

const now = () => Math.floor(Date.now() / 1000);

describe("authenticate", () => {
  it("turns a valid bearer token and the stated purpose into the viewer", async () => {
    await expect(authenticate({ authorization: `Bearer ${await token()}`, purpose: "assessment" }, verifier)).resolves.toEqual({
      id: "p1",
      kind: "professional",
      organizationId: "org1",
      roles: ["social_worker"],
      scopes: [],
      purpose: "assessment",
    });
  });

  it("accepts the scheme name in any case", async () => {
    await expect(authenticate({ authorization: `bearer ${await token()}` }, verifier)).resolves.toMatchObject({ id: "p1" });
  });

  it("turns a system client's token (client_id, no silta_kind) into a system viewer with its scopes", async () => {
    const system = await token({ payload: { sub: "cis", client_id: "cis", scope: "clients:read clients:write" } });
    await expect(authenticate({ authorization: `Bearer ${system}` }, verifier)).resolves.toEqual({
      id: "cis",
      kind: "system",
      roles: [],
      scopes: ["clients:read", "clients:write"],
    });
  });

  it.each([undefined, "", "   "])("refuses a request without a token as token_missing (%p)", async (header) => {
    expect(await refusalOf(header)).toMatchObject({ code: "UNAUTHENTICATED", reason: "token_missing", http: { status: 401 } });
  });

  it.each(["Basic dXNlcjpwYXNz", "Bearer", "Bearer not-a-jwt", "Bearer a.b.c", "Token x.y.z"])(
    "refuses %p as token_malformed",
    async (header) => {
      expect(await refusalOf(header)).toMatchObject({
        code: "UNAUTHENTICATED",
        reason: "token_malformed",
        http: { status: 401 },
      });
    },
  );

  it("refuses an expired token as token_expired", async () => {
    expect(await refusalOf(`Bearer ${await token({ exp: now() - 300 })}`)).toMatchObject({ reason: "token_expired" });
  });

  it("tolerates 30 seconds of clock skew on the expiry", async () => {
    expect(await refusalOf(`Bearer ${await token({ exp: now() - 10 })}`)).toBe("accepted");
  });

  it.each<[string, TokenOptions | (() => TokenOptions)]>([
    ["signed by another key", () => ({ key: otherKey })],
    ["from another issuer", { iss: "https://evil.example.com" }],
    ["for another audience", { aud: "another-service" }],
    ["without an expiry", { exp: null }],
    ["signed with a shared secret (HS256)", { alg: "HS256", key: new TextEncoder().encode("s".repeat(32)) }],
  ])("refuses a token %s as token_invalid", async (_, options) => {
    const refusal = await refusalOf(`Bearer ${await token(typeof options === "function" ? options() : options)}`);
    expect(refusal).toMatchObject({ code: "UNAUTHENTICATED", reason: "token_invalid", http: { status: 401 } });
  });

  it("says nothing about keys, signatures or claim values in a refusal", async () => {
    const refusal = await refusalOf(`Bearer ${await token({ key: otherKey })}`);
    expect(JSON.stringify(refusal)).not.toMatch(/kid|k1|signature|ES256|idp\.example/i);
  });

  it("answers a refusal with an RFC 6750 challenge", async () => {
    const missing = (await refusalOf(undefined)) as { http: { headers: Map<string, string> } };
    const expired = (await refusalOf(`Bearer ${await token({ exp: now() - 300 })}`)) as typeof missing;
    expect(missing.http.headers.get("www-authenticate")).toBe('Bearer realm="silta"');
    expect(expired.http.headers.get("www-authenticate")).toBe('Bearer realm="silta", error="invalid_token"');
  });

  it("refuses a verified token whose claims describe no viewer as claims_invalid", async () => {
    const noKind = await token({ payload: { sub: "x" } });
    expect(await refusalOf(`Bearer ${noKind}`)).toMatchObject({
      reason: "claims_invalid",
      claim: "silta_kind",
      http: { status: 401 },
    });
  });

  it("lets a failure of the verifier itself through rather than blaming the caller's token", async () => {
    const unreachable: TokenVerifier = { verify: () => Promise.reject(new TypeError("fetch failed")) };
    await expect(authenticate({ authorization: `Bearer ${await token()}` }, unreachable)).rejects.toThrow(TypeError);
  });
});
