import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
} from "jose";
import { createJwtVerifier } from "./jwtVerifier";
import type { TokenVerifier } from "./TokenVerifier";

/** The `iss` of development tokens; no real identity provider uses it. */
export const DEV_ISSUER = "silta-dev-issuer";
/** The `aud` of development tokens. */
export const DEV_AUDIENCE = "silta";
const ALGORITHM = "ES256";

/** The claims a development token carries; see docs/gateway.md for the contract. */
export interface DevTokenClaims extends JWTPayload {
  sub: string;
  silta_kind?: "professional" | "client" | "system";
  silta_org?: string;
  roles?: readonly string[];
  /** Space-separated OAuth scopes, e.g. `clients:read`. */
  scope?: string;
  client_id?: string;
}

export interface DevTokenIssuerOptions {
  /**
   * Where the signing key is kept as a JWK (created when missing), so tokens stay valid across
   * restarts. Default: a fresh key in memory, so tokens die with the process.
   */
  keyFile?: string;
}

export interface DevTokenIssuer {
  /** Signs a token with these claims, valid for `ttl` (a jose time span or an epoch second). Default "12h". */
  issue(claims: DevTokenClaims, ttl?: string | number): Promise<string>;
  /** Accepts exactly this issuer's tokens. */
  readonly verifier: TokenVerifier;
  /**
   * The public key, as an identity provider publishes it at its JWKS URL: served by a benchmark, it
   * lets a gateway run as in production (OIDC, no development tokens) and accept this issuer's tokens.
   */
  readonly jwks: { keys: JWK[] };
}

/**
 * The embedded mode's stand-in for an identity provider: an ES256 key pair, tokens shaped like the
 * OIDC tokens the gateway accepts in production, and a verifier that knows only this key.
 */
export async function createDevTokenIssuer(options: DevTokenIssuerOptions = {}): Promise<DevTokenIssuer> {
  const privateJwk = options.keyFile ? await loadOrCreateKey(options.keyFile) : await generateJwk();
  const { d: _private, ...publicFields } = privateJwk;
  const kid = await calculateJwkThumbprint(publicFields);
  const publicJwk: JWK = { ...publicFields, kid, alg: ALGORITHM, use: "sig" };
  const privateKey = await importJWK(privateJwk, ALGORITHM);
  const verifier = createJwtVerifier({
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    algorithms: [ALGORITHM],
  });
  return {
    verifier,
    jwks: { keys: [publicJwk] },
    issue: (claims, ttl = "12h") =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: "JWT" })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(privateKey),
  };
}

async function generateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return exportJWK(privateKey);
}

async function loadOrCreateKey(keyFile: string): Promise<JWK> {
  const existing = await readKey(keyFile);
  if (existing) return existing;
  const created = await generateJwk();
  await mkdir(dirname(keyFile), { recursive: true });
  try {
    // "wx": when two processes start on the same data folder at once, the first key written wins.
    await writeFile(keyFile, `${JSON.stringify(created)}\n`, { mode: 0o600, flag: "wx" });
    return created;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readKey(keyFile)) ?? created;
  }
}

async function readKey(keyFile: string): Promise<JWK | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    jwk = undefined;
  }
  if (!isPrivateEcJwk(jwk)) {
    throw new Error(
      `The development issuer's key file ${keyFile} does not hold a P-256 private JWK. Delete it to have a new key generated (tokens issued with the old key stop working).`,
    );
  }
  return jwk;
}

function isPrivateEcJwk(value: unknown): value is JWK {
  if (typeof value !== "object" || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return jwk["kty"] === "EC" && jwk["crv"] === "P-256" && ["x", "y", "d"].every((field) => typeof jwk[field] === "string");
}
