import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Who may read the operators' endpoints (`/metrics`, `/health/detail`): they describe the hub's
 * insides (operation names, error counts, subgraph hosts), so they are not for the world.
 * - `token` set: only a request with `Authorization: Bearer <token>` (compared in constant time).
 * - no token and `open`: anyone (the default outside production, for the embedded hub).
 * - no token in production: no one; the endpoints answer 404.
 */
export interface InternalAccess {
  token?: string;
  open: boolean;
}

export type InternalDecision = "allowed" | "unauthorized" | "hidden";

export function internalAccessOf(access: InternalAccess, request: IncomingMessage): InternalDecision {
  if (!access.token) return access.open ? "allowed" : "hidden";
  const header = request.headers.authorization ?? "";
  const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(access.token)) ? "allowed" : "unauthorized";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
