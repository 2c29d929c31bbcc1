import { createHash } from "node:crypto";

/**
 * A UUID (version 5 layout) from a name: the same external id always maps to the same Silta id, which
 * is what makes importing the same file twice change nothing.
 */
export function stableId(name: string): string {
  const hash = createHash("sha1").update(`silta-fit:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
