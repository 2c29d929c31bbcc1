import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A secret for development that stays the same across restarts of the same data folder (a key
 * that changed would orphan every identity code hash already stored). Created on first use, owner
 * read-only. Never used in production: the configuration requires real secrets there.
 */
export function developmentSecret(file: string | null): string {
  if (!file) return randomBytes(32).toString("base64url");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}
