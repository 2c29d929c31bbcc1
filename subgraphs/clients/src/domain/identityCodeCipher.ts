import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Identity codes at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the identity code hash
 * key, so the one configured secret serves both the look-up hash and the ciphertext while the two
 * uses never share key material. Only a viewer with the right sees the code, masked by default.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url), so the scheme can change later.
 */
export interface IdentityCodeCipher {
  encrypt(code: string): string;
  decrypt(stored: string): string;
}

export function identityCodeCipher(hashKey: string): IdentityCodeCipher {
  const key = Buffer.from(hkdfSync("sha256", hashKey, "silta-clients", "identity code encryption v1", 32));
  return {
    encrypt(code) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(code, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    decrypt(stored) {
      const [version, iv, tag, body] = stored.split(".");
      if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unknown identity code ciphertext format");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    },
  };
}

/** `131052-308T` → `131052-****`: the birth date and century sign stay, the individual part does not. */
export function maskIdentityCode(code: string): string {
  return `${code.slice(0, 7)}****`;
}
