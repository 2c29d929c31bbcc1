import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Viewer, ViewerKey } from "../viewer";
import { hmacKeyOf } from "../viewer/hs256Jwt";
import type { AccessDecision, AccessRequest } from "./types";
import { DataCategory } from "./types";

/** One read the consents service decided and logged with a list's page: what a later fetch of the request may be answered with. */
export interface DecidedRead {
  clientId: string;
  category: DataCategory;
  decision: AccessDecision;
}

/**
 * The extension key under which a subgraph's answer carries its receipts to the gateway, and the
 * gateway's later subgraph requests of the same GraphQL request carry them on (docs/access.md,
 * "Follow-up reads, decided with the page").
 */
export const DECIDED_READS_EXTENSION = "decidedReads";
/** The most receipts one request carries on, and the longest one: a page of 500 clients' reads of every category fits. */
export const MAX_RECEIPTS = 8;
export const MAX_RECEIPT_LENGTH = 512 * 1024;
/** How long a receipt is good for: one request's lifetime at most, as the decision scope is the request's. */
const RECEIPT_TTL_SECONDS = 60;

/**
 * A receipt of reads the consents service decided and logged within one request's decision scope,
 * for one viewer, signed by it with a key of its own derived from the signing secret. A later fetch of
 * the same request answers those reads from it without a call: the entries are already written, and
 * only the consents service, which wrote them, says so. Bound to the scope (unguessable, minted per
 * request by the gateway), to the viewer, and to a minute.
 */
export function signDecidedReads(
  key: ViewerKey,
  scope: string,
  viewer: Viewer,
  reads: readonly DecidedRead[],
  now = Date.now(),
): string {
  const payload = {
    scp: scope,
    vh: viewerHash(viewer),
    exp: Math.floor(now / 1000) + RECEIPT_TTL_SECONDS,
    r: reads.map(({ clientId, category, decision }) => [clientId, category, decision.allowed ? 1 : 0, decision.basis]),
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${signature(key, encoded)}`;
}

/** A receipt's payload as {@link signDecidedReads} writes it. */
interface ReceiptPayload {
  scp: string;
  vh: string;
  exp: number;
  r: [clientId: string, category: DataCategory, allowed: 0 | 1, basis: string][];
}

const CATEGORIES = new Set<unknown>(Object.values(DataCategory));

/**
 * Whether a signed payload has the receipt's shape, field by field: a receipt carries a read per
 * client and category of a page (hundreds), and this is checked on every later fetch that carries
 * one, where a schema library's parse of that many tuples cost more than the rest of the check.
 */
function isReceiptPayload(value: unknown): value is ReceiptPayload {
  if (typeof value !== "object" || value === null) return false;
  const { scp, vh, exp, r } = value as Record<string, unknown>;
  if (typeof scp !== "string" || typeof vh !== "string" || typeof exp !== "number" || !Array.isArray(r)) return false;
  return r.every(
    (read) =>
      Array.isArray(read) &&
      read.length === 4 &&
      typeof read[0] === "string" &&
      read[0].length >= 1 &&
      read[0].length <= 100 &&
      CATEGORIES.has(read[1]) &&
      (read[2] === 0 || read[2] === 1) &&
      typeof read[3] === "string" &&
      read[3].length <= 200,
  );
}

/**
 * The reads a receipt holds, when it is the consents service's, for this very scope and viewer, and
 * not expired; none otherwise (a receipt refused only costs the call it would have saved).
 */
export function verifyDecidedReads(
  key: ViewerKey,
  receipt: unknown,
  scope: string,
  viewer: Viewer,
  now = Date.now(),
): DecidedRead[] {
  if (typeof receipt !== "string" || receipt.length > MAX_RECEIPT_LENGTH) return [];
  const dot = receipt.indexOf(".");
  if (dot < 0) return [];
  const encoded = receipt.slice(0, dot);
  const expected = Buffer.from(signature(key, encoded));
  const given = Buffer.from(receipt.slice(dot + 1));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, "base64url").toString());
  } catch {
    return [];
  }
  if (!isReceiptPayload(payload)) return [];
  if (payload.scp !== scope || payload.vh !== viewerHash(viewer) || payload.exp * 1000 <= now) return [];
  return payload.r.map(([clientId, category, allowed, basis]) => ({
    clientId,
    category,
    decision: { allowed: allowed === 1, basis },
  }));
}

/**
 * The decision a receipt's reads give a request, when they give one: the same plain read; or a read of
 * one service task's data, answered by an allowed read of the whole category (any task's ban covers
 * untagged data too and no other rule reads the task, so the decision is the same: `banCovers`).
 */
export function decisionFromReads(
  reads: ReadonlyMap<string, AccessDecision>,
  request: AccessRequest,
): AccessDecision | undefined {
  if (request.action !== "read" || request.refusal || request.grantedOrganizationId) return undefined;
  const exact = reads.get(`${request.clientId}|${request.category}`);
  if (!request.serviceTask) return exact;
  return exact?.allowed ? exact : undefined;
}

/** The key {@link decisionFromReads} looks a read up by. */
export function decidedReadKey(read: Pick<DecidedRead, "clientId" | "category">): string {
  return `${read.clientId}|${read.category}`;
}

/** The viewer as a receipt binds it: every field the rules and the log read, hashed. */
function viewerHash(viewer: Viewer): string {
  return createHash("sha256").update(JSON.stringify(viewer)).digest("base64url");
}

const derivedKeys = new WeakMap<ViewerKey, Buffer>();

/** A key of the receipts' own, so that nothing signed for another purpose reads as a receipt. */
function signature(key: ViewerKey, encoded: string): string {
  let derived = derivedKeys.get(key);
  if (!derived) {
    derived = createHmac("sha256", hmacKeyOf(key.secret)).update("silta decided reads v1").digest();
    derivedKeys.set(key, derived);
  }
  return createHmac("sha256", derived).update(encoded).digest("base64url");
}
