import { KeyObject, generateKeyPairSync, sign, type SignKeyObjectInput } from "node:crypto";
import {
  SignJWT,
  UnsecuredJWT,
  base64url,
  createLocalJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { authenticate } from "./authenticate";
import { ACCEPTED_ALGORITHMS, createJwtVerifier, type AcceptedAlgorithm } from "./jwtVerifier";
import { VERIFIED_TOKEN_TTL_MS } from "./verifiedTokens";

const issuer = "https://idp.example.fi/realms/county";
const audience = "silta";
const claims = { sub: "p1", silta_kind: "professional", silta_org: "org1", roles: ["social_worker"] };
const now = () => Math.floor(Date.now() / 1000);

const privateKeys = {} as Record<AcceptedAlgorithm, CryptoKey>;
const publicKeys = {} as Record<AcceptedAlgorithm, CryptoKey>;
let jwks: { keys: JWK[] };
let keys: JWTVerifyGetKey;

beforeAll(async () => {
  jwks = { keys: [] };
  for (const alg of ACCEPTED_ALGORITHMS) {
    const pair = await generateKeyPair(alg, { extractable: true });
    privateKeys[alg] = pair.privateKey;
    publicKeys[alg] = pair.publicKey;
    jwks.keys.push({ ...(await exportJWK(pair.publicKey)), kid: alg, alg, use: "sig" });
  }
  keys = createLocalJWKSet(jwks);
});

interface TokenOptions {
  alg?: AcceptedAlgorithm;
  kid?: string;
  iss?: string;
  aud?: string;
  exp?: number | null;
  nbf?: number;
  payload?: JWTPayload;
}

function token(options: TokenOptions = {}): Promise<string> {
  const alg = options.alg ?? "ES256";
  const jwt = new SignJWT(options.payload ?? claims)
    .setProtectedHeader({ alg, kid: options.kid ?? alg })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 300);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(privateKeys[alg]);
}

/** A compact JWS signed over exactly these header and claims with node:crypto (for what jose refuses to write). */
function handSigned(
  header: Record<string, unknown>,
  payload: JWTPayload,
  key: KeyObject | SignKeyObjectInput,
  digest: string | null = "sha256",
): string {
  const input = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}`;
  return `${input}.${base64url.encode(sign(digest, Buffer.from(input), key))}`;
}

const verifierWith = (getKey: JWTVerifyGetKey) => createJwtVerifier({ keys: getKey, issuer, audience });

/** The verifier's outcome: the payload, or the name of jose's error class it rejected with. */
async function outcome(verify: () => Promise<JWTPayload>): Promise<JWTPayload | string> {
  try {
    return await verify();
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

const validClaims = () => ({ ...claims, iss: issuer, aud: audience, exp: now() + 300 });

describe("createJwtVerifier", () => {
  it.each(ACCEPTED_ALGORITHMS)("accepts a %s token signed by its key in the set and answers its claims", async (alg) => {
    const payload = await createJwtVerifier({ keys, issuer, audience }).verify(await token({ alg }));
    expect(payload).toMatchObject({ ...claims, iss: issuer, aud: audience });
  });

  it.each(ACCEPTED_ALGORITHMS)("refuses a %s token whose payload was changed after signing", async (alg) => {
    const [header, , signature] = (await token({ alg })).split(".");
    const forged = base64url.encode(JSON.stringify({ ...validClaims(), roles: ["admin"] }));
    await expect(verifierWith(keys).verify(`${header}.${forged}.${signature}`)).rejects.toThrow(
      errors.JWSSignatureVerificationFailed,
    );
  });

  it.each(ACCEPTED_ALGORITHMS)("refuses a %s token whose signature was changed", async (alg) => {
    const [header, payload, signature] = (await token({ alg })).split(".") as [string, string, string];
    const bytes = base64url.decode(signature);
    bytes[bytes.length >> 1]! ^= 1;
    await expect(verifierWith(keys).verify(`${header}.${payload}.${base64url.encode(bytes)}`)).rejects.toThrow(
      errors.JWSSignatureVerificationFailed,
    );
    await expect(verifierWith(keys).verify(`${header}.${payload}.`)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
  });

  it("refuses a token whose header names another algorithm than its key's in the set", async () => {
    // The ES256 key's JWK says ES256: the set offers no key for an RS256 header with its kid.
    const forged = await token({ alg: "RS256", kid: "ES256" });
    await expect(verifierWith(keys).verify(forged)).rejects.toThrow(errors.JWKSNoMatchingKey);
  });

  it.each<[AcceptedAlgorithm, AcceptedAlgorithm]>([
    ["RS256", "ES256"],
    ["ES256", "EdDSA"],
    ["PS256", "RS256"],
    ["RS256", "PS256"],
  ])("refuses a %s token when the key resolved for it was made for %s", async (alg, keyAlg) => {
    const resolves: JWTVerifyGetKey = () => publicKeys[keyAlg];
    await expect(verifierWith(resolves).verify(await token({ alg }))).rejects.toThrow(errors.JWSSignatureVerificationFailed);
  });

  it("refuses a token when the key object resolved for it is of another type than its algorithm's", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const rsaHeaderOnEcKey = handSigned({ alg: "RS256", kid: "x" }, validClaims(), privateKey);
    await expect(verifierWith(() => publicKey).verify(rsaHeaderOnEcKey)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
    const es256 = handSigned({ alg: "ES256", kid: "x" }, validClaims(), privateKey);
    // DER, not JWS's r‖s: node:crypto is told the encoding JWS uses, never guesses.
    await expect(verifierWith(() => publicKey).verify(es256)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
  });

  it("refuses an RSA key shorter than 2048 bits whatever the token says", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const small = handSigned({ alg: "RS256" }, validClaims(), privateKey);
    await expect(verifierWith(() => publicKey).verify(small)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
  });

  it("refuses an unsecured token (alg none) before looking for a key", async () => {
    const getKey = jest.fn(keys);
    const none = new UnsecuredJWT(validClaims()).encode();
    await expect(verifierWith(getKey).verify(none)).rejects.toThrow(errors.JOSEAlgNotAllowed);
    await expect(verifierWith(getKey).verify(`${none}${base64url.encode("x")}`)).rejects.toThrow(errors.JOSEAlgNotAllowed);
    expect(getKey).not.toHaveBeenCalled();
  });

  it("refuses a token signed with a shared secret (HS256), even with the public key's bytes as the secret", async () => {
    const secret = Buffer.from(JSON.stringify(jwks.keys[1]));
    const hs256 = await new SignJWT(validClaims()).setProtectedHeader({ alg: "HS256", kid: "ES256" }).sign(secret);
    await expect(verifierWith(keys).verify(hs256)).rejects.toThrow(errors.JOSEAlgNotAllowed);
  });

  it("refuses an algorithm the verifier was not given, though the key set has its key", async () => {
    const es256Only = createJwtVerifier({ keys, issuer, audience, algorithms: ["ES256"] });
    await expect(es256Only.verify(await token({ alg: "RS256" }))).rejects.toThrow(errors.JOSEAlgNotAllowed);
  });

  it("will not be made for an algorithm it has no signature check for", () => {
    const hs256 = ["HS256"] as unknown as AcceptedAlgorithm[];
    expect(() => createJwtVerifier({ keys, issuer, audience, algorithms: hs256 })).toThrow("not HS256");
  });

  it("refuses an expired token, allowing the clock tolerance", async () => {
    await expect(verifierWith(keys).verify(await token({ exp: now() - 60 }))).rejects.toThrow(errors.JWTExpired);
    await expect(verifierWith(keys).verify(await token({ exp: now() - 10 }))).resolves.toMatchObject({ sub: "p1" });
    const strict = createJwtVerifier({ keys, issuer, audience, clockToleranceSeconds: 0 });
    await expect(strict.verify(await token({ exp: now() - 10 }))).rejects.toThrow(errors.JWTExpired);
  });

  it("refuses a token not valid yet (nbf) beyond the clock tolerance", async () => {
    await expect(verifierWith(keys).verify(await token({ nbf: now() + 120 }))).rejects.toThrow(errors.JWTClaimValidationFailed);
    await expect(verifierWith(keys).verify(await token({ nbf: now() + 10 }))).resolves.toMatchObject({ sub: "p1" });
  });

  it.each<[string, TokenOptions]>([
    ["for another audience", { aud: "another-service" }],
    ["from another issuer", { iss: "https://evil.example.com" }],
    ["without an expiry", { exp: null }],
  ])("refuses a token %s", async (_, options) => {
    await expect(verifierWith(keys).verify(await token(options))).rejects.toThrow(errors.JWTClaimValidationFailed);
  });

  it("refuses a token whose key id is not in the set", async () => {
    await expect(verifierWith(keys).verify(await token({ kid: "rotated-away" }))).rejects.toThrow(errors.JWKSNoMatchingKey);
  });

  it("leaves a header with crit to jose, which refuses an extension it does not know and knows b64", async () => {
    const es256 = { key: KeyObject.from(privateKeys.ES256), dsaEncoding: "ieee-p1363" } as const;
    const critical = handSigned(
      { alg: "ES256", kid: "ES256", crit: ["exp-extension"], "exp-extension": 1 },
      validClaims(),
      es256,
    );
    await expect(verifierWith(keys).verify(critical)).rejects.toThrow(errors.JOSENotSupported);
    const b64 = handSigned({ alg: "ES256", kid: "ES256", crit: ["b64"], b64: true }, validClaims(), es256);
    await expect(verifierWith(keys).verify(b64)).resolves.toMatchObject({ sub: "p1" });
    const unencoded = handSigned({ alg: "ES256", kid: "ES256", crit: ["b64"], b64: false }, validClaims(), es256);
    await expect(verifierWith(keys).verify(unencoded)).rejects.toThrow("JWTs MUST NOT use unencoded payload");
  });

  it.each([
    ["two segments", "eyJhbGciOiJFUzI1NiJ9.e30"],
    ["a header that is not JSON", `${base64url.encode("{alg")}.e30.c2ln`],
    ["a header that is not an object", `${base64url.encode("[1]")}.e30.c2ln`],
    ["no header", ".e30.c2ln"],
  ])("refuses a token with %s as malformed (JWSInvalid)", async (_, malformed) => {
    await expect(verifierWith(keys).verify(malformed)).rejects.toThrow(errors.JWSInvalid);
  });

  it("refuses a signed payload that is not a JSON object as an invalid JWT", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const header = base64url.encode(JSON.stringify({ alg: "EdDSA" }));
    for (const payload of [base64url.encode("[1]"), base64url.encode("not json")]) {
      const signature = base64url.encode(sign(null, Buffer.from(`${header}.${payload}`), privateKey));
      await expect(verifierWith(() => publicKey).verify(`${header}.${payload}.${signature}`)).rejects.toThrow(errors.JWTInvalid);
    }
  });

  it("gives the same verdict as jose's jwtVerify on valid, forged, expired and foreign tokens", async () => {
    const verifier = verifierWith(keys);
    const options = { issuer, audience, algorithms: [...ACCEPTED_ALGORITHMS], clockTolerance: 30, requiredClaims: ["exp"] };
    const cases: string[] = [];
    for (const alg of ACCEPTED_ALGORITHMS) {
      const valid = await token({ alg });
      const [header, payload, signature] = valid.split(".") as [string, string, string];
      const expired = await token({ alg, exp: now() - 300 });
      const [, expiredPayload] = expired.split(".");
      cases.push(
        valid,
        expired,
        `${header}.${expiredPayload}.${signature}`, // an expired payload under a valid signature of another: the signature decides
        await token({ alg, aud: "x" }),
        await token({ alg, kid: "nope" }),
        `${base64url.encode(JSON.stringify({ alg: alg === "ES256" ? "PS256" : "ES256", kid: alg }))}.${payload}.${signature}`,
        await token({ alg, kid: alg === "ES256" ? "EdDSA" : "ES256" }),
        `${header}.${payload}.${signature.slice(0, -2)}`,
        `${header}.${payload}`,
        `${header}.${payload}.${signature}.x`,
      );
    }
    for (const jwt of cases) {
      expect(await outcome(() => verifier.verify(jwt))).toEqual(
        await outcome(async () => (await jwtVerify(jwt, keys, options)).payload),
      );
    }
  });

  it("makes authenticate refuse a forged or foreign token as token_invalid and an expired one as token_expired", async () => {
    const verifier = verifierWith(keys);
    const reasonOf = async (jwt: string) => {
      try {
        await authenticate({ authorization: `Bearer ${jwt}` }, verifier);
        return "accepted";
      } catch (error) {
        return (error as { extensions: { reason: string } }).extensions.reason;
      }
    };
    const [header, , signature] = (await token()).split(".");
    const forged = `${header}.${base64url.encode(JSON.stringify({ ...validClaims(), sub: "p2" }))}.${signature}`;
    expect(await reasonOf(forged)).toBe("token_invalid");
    expect(await reasonOf(await token({ kid: "rotated-away" }))).toBe("token_invalid");
    expect(await reasonOf(await token({ exp: now() - 300 }))).toBe("token_expired");
    expect(await reasonOf(`${base64url.encode("{alg")}.e30.c2ln`)).toBe("token_malformed");
    expect(await reasonOf(await token())).toBe("accepted");
  });
});

describe("createJwtVerifier's memory of checked tokens", () => {
  /** The key set, counting its look-ups; `withdrawn` takes every key out of it, as a rotation does. */
  function countingKeys() {
    const counted = { lookUps: 0, withdrawn: false };
    const getKey: JWTVerifyGetKey = async (header, token) => {
      counted.lookUps += 1;
      if (counted.withdrawn) throw new errors.JWKSNoMatchingKey();
      return keys(header, token);
    };
    return { counted, getKey };
  }

  beforeEach(() => jest.useFakeTimers({ now: Date.now(), doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] }));
  afterEach(() => jest.useRealTimers());

  it("checks a token's signature once: the same token again within the minute is accepted without its key", async () => {
    const { counted, getKey } = countingKeys();
    const verifier = createJwtVerifier({ keys: getKey, issuer, audience });
    const jwt = await token();
    await expect(verifier.verify(jwt)).resolves.toMatchObject({ sub: "p1" });
    jest.setSystemTime(Date.now() + 59_000);
    await expect(verifier.verify(jwt)).resolves.toMatchObject({ sub: "p1" });
    expect(counted.lookUps).toBe(1);
  });

  it("still refuses a remembered token once it has expired, and one not valid yet is never remembered", async () => {
    const { counted, getKey } = countingKeys();
    const verifier = createJwtVerifier({ keys: getKey, issuer, audience, clockToleranceSeconds: 0 });
    const shortLived = await token({ exp: now() + 10 });
    await verifier.verify(shortLived);
    jest.setSystemTime(Date.now() + 11_000);
    await expect(verifier.verify(shortLived)).rejects.toThrow(errors.JWTExpired);
    expect(counted.lookUps).toBe(1);
    const early = await token({ nbf: now() + 20 });
    await expect(verifier.verify(early)).rejects.toThrow(errors.JWTClaimValidationFailed);
    await expect(verifier.verify(early)).rejects.toThrow(errors.JWTClaimValidationFailed);
    expect(counted.lookUps).toBe(3);
  });

  it("checks any other text in full: a remembered token with its signature or payload changed is refused", async () => {
    const verifier = createJwtVerifier({ keys, issuer, audience });
    const jwt = await token();
    await verifier.verify(jwt);
    const [header, payload, signature] = jwt.split(".") as [string, string, string];
    const flipped = `${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
    await expect(verifier.verify(`${header}.${payload}.${flipped}`)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
    const forged = base64url.encode(JSON.stringify({ ...validClaims(), sub: "p2" }));
    await expect(verifier.verify(`${header}.${forged}.${signature}`)).rejects.toThrow(errors.JWSSignatureVerificationFailed);
  });

  it("looks the key up again after the minute: a key withdrawn from the set refuses its tokens from then on", async () => {
    const { counted, getKey } = countingKeys();
    const verifier = createJwtVerifier({ keys: getKey, issuer, audience });
    const jwt = await token({ exp: now() + 3_600 });
    await verifier.verify(jwt);
    counted.withdrawn = true;
    await expect(verifier.verify(jwt)).resolves.toMatchObject({ sub: "p1" });
    jest.setSystemTime(Date.now() + VERIFIED_TOKEN_TTL_MS);
    await expect(verifier.verify(jwt)).rejects.toThrow(errors.JWKSNoMatchingKey);
  });
});
