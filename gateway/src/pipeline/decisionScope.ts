import { randomBytes } from "node:crypto";

/**
 * A new decision scope for one GraphQL request: 128 random bits, unguessable, so no caller can name
 * another request's scope and be answered from its access decisions.
 */
export function mintDecisionScope(): string {
  return randomBytes(16).toString("base64url");
}
