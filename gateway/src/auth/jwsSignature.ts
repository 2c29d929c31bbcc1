import { KeyObject, constants, verify, type VerifyKeyObjectInput, type VerifyPublicKeyInput } from "node:crypto";
import { errors, type CryptoKey } from "jose";
import type { AcceptedAlgorithm } from "./jwtVerifier";

/** How node:crypto checks one accepted algorithm, and the key that algorithm needs. */
interface SignatureCheck {
  /** The digest `crypto.verify` is given; none for Ed25519, which hashes the message itself. */
  digest: "sha256" | null;
  /** The WebCrypto algorithm a key resolved by jose's key sets was imported for (jose's `checkCryptoKey`). */
  webCrypto: { name: string; hash?: string; namedCurve?: string };
  /** What the key is to node:crypto. */
  keyType: "ec" | "rsa" | "ed25519";
  namedCurve?: string;
  /** node:crypto's options beside the key: JWS writes ECDSA signatures as r‖s, PS256 salts with the digest's length. */
  options: Omit<VerifyPublicKeyInput, "key">;
}

const CHECKS: Record<AcceptedAlgorithm, SignatureCheck> = {
  ES256: {
    digest: "sha256",
    webCrypto: { name: "ECDSA", namedCurve: "P-256" },
    keyType: "ec",
    namedCurve: "prime256v1",
    options: { dsaEncoding: "ieee-p1363" },
  },
  RS256: {
    digest: "sha256",
    webCrypto: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    keyType: "rsa",
    options: { padding: constants.RSA_PKCS1_PADDING },
  },
  PS256: {
    digest: "sha256",
    webCrypto: { name: "RSA-PSS", hash: "SHA-256" },
    keyType: "rsa",
    options: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
  },
  EdDSA: { digest: null, webCrypto: { name: "Ed25519" }, keyType: "ed25519", options: {} },
};

/** As jose: RSA keys shorter than this are refused whatever the token says. */
const MIN_RSA_BITS = 2048;

/**
 * Checks a compact JWS's signature over the exact `header.payload` text, with node:crypto's
 * synchronous `verify`: jose's WebCrypto verification runs each token as an asynchronous job on
 * libuv's pool, and on the gateway's one core the hand-over to that thread and back cost a third
 * as much again as the ECDSA check itself (docs/benchmarks-gateway.md, eleventh sitting).
 * `signingInput` must be ASCII (the caller checked its characters). The key must suit `alg`
 * (its type, curve, WebCrypto algorithm and hash): a key of another kind is refused, never used
 * with another algorithm. Throws jose's `JWSSignatureVerificationFailed`.
 */
export function verifySignature(
  alg: AcceptedAlgorithm,
  key: CryptoKey | KeyObject,
  signingInput: string,
  signature: Uint8Array,
): void {
  const check = CHECKS[alg];
  const input: VerifyKeyObjectInput = { key: keyObjectFor(alg, check, key), ...check.options };
  let verified: boolean;
  try {
    verified = verify(check.digest, Buffer.from(signingInput, "latin1"), input, signature);
  } catch (cause) {
    throw new errors.JWSSignatureVerificationFailed(undefined, { cause });
  }
  if (!verified) throw new errors.JWSSignatureVerificationFailed();
}

/** The KeyObject of each key checked for an algorithm: jose's key sets hand out the same CryptoKey for a key and alg. */
const checkedKeys = new WeakMap<object, Partial<Record<AcceptedAlgorithm, KeyObject>>>();

function keyObjectFor(alg: AcceptedAlgorithm, check: SignatureCheck, key: CryptoKey | KeyObject): KeyObject {
  let byAlg = checkedKeys.get(key);
  const known = byAlg?.[alg];
  if (known) return known;
  const keyObject = key instanceof KeyObject ? key : suitedCryptoKey(alg, check, key);
  const details = keyObject.asymmetricKeyDetails;
  if (
    keyObject.type !== "public" ||
    keyObject.asymmetricKeyType !== check.keyType ||
    (check.namedCurve !== undefined && details?.namedCurve !== check.namedCurve) ||
    (check.keyType === "rsa" && (details?.modulusLength ?? 0) < MIN_RSA_BITS)
  ) {
    throw unsuited(alg);
  }
  if (!byAlg) checkedKeys.set(key, (byAlg = {}));
  byAlg[alg] = keyObject;
  return keyObject;
}

/** jose's own check of a CryptoKey against the algorithm (`checkCryptoKey`): algorithm, hash, curve, use. */
function suitedCryptoKey(alg: AcceptedAlgorithm, check: SignatureCheck, key: CryptoKey): KeyObject {
  const algorithm = key.algorithm as { name: string; hash?: { name: string }; namedCurve?: string };
  const expected = check.webCrypto;
  if (
    key.type !== "public" ||
    algorithm.name !== expected.name ||
    (expected.hash !== undefined && algorithm.hash?.name !== expected.hash) ||
    (expected.namedCurve !== undefined && algorithm.namedCurve !== expected.namedCurve) ||
    !key.usages.includes("verify")
  ) {
    throw unsuited(alg);
  }
  return KeyObject.from(key);
}

/**
 * The key named for the token cannot check its algorithm. jose throws a TypeError here (which the
 * gateway would answer as its own failure); for Silta it is the token that is wrong.
 */
function unsuited(alg: string): Error {
  return new errors.JWSSignatureVerificationFailed(`The key does not suit the ${alg} algorithm`);
}
