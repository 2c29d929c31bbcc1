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
  const payload: ReceiptPayload = {
    scp: scope,
    vh: viewerHash(viewer),
    exp: Math.floor(now / 1000) + RECEIPT_TTL_SECONDS,
    g: groupsOf(reads),
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${signature(key, encoded)}`;
}

/**
 * A receipt's payload as {@link signDecidedReads} writes it: its reads in groups, each one decision
 * of the same categories for every client of the group.
 */
interface ReceiptPayload {
  scp: string;
  vh: string;
  exp: number;
  g: ReceiptGroup[];
}

type ReceiptGroup = [allowed: 0 | 1, basis: string, categories: DataCategory[], clientIds: string[]];

/**
 * The reads grouped by decision and categories. A page's reads are mostly one decision (the basis the
 * viewer has) of the same categories for every client shown: a caseload's 158 reads are one group of
 * 79 ids, a quarter of the bytes of a tuple per read, and the receipt crosses four processes.
 */
function groupsOf(reads: readonly DecidedRead[]): ReceiptGroup[] {
  const decisionsOfClients = new Map<string, Map<string, { decision: AccessDecision; categories: DataCategory[] }>>();
  for (const { clientId, category, decision } of reads) {
    let ofClient = decisionsOfClients.get(clientId);
    if (!ofClient) decisionsOfClients.set(clientId, (ofClient = new Map()));
    const decisionKey = `${decision.allowed ? 1 : 0}${decision.basis}`;
    const same = ofClient.get(decisionKey);
    if (same) same.categories.push(category);
    else ofClient.set(decisionKey, { decision, categories: [category] });
  }
  const groups = new Map<string, ReceiptGroup>();
  for (const [clientId, ofClient] of decisionsOfClients)
    for (const [decisionKey, { decision, categories }] of ofClient) {
      const groupKey = `${decisionKey}\n${categories.join(",")}`;
      const group = groups.get(groupKey);
      if (group) group[3].push(clientId);
      else groups.set(groupKey, [decision.allowed ? 1 : 0, decision.basis, categories, [clientId]]);
    }
  return [...groups.values()];
}

const CATEGORIES = new Set<unknown>(Object.values(DataCategory));

/**
 * Whether a signed payload has the receipt's shape, field by field: a receipt carries a read per
 * client and category of a page (hundreds), and this is checked on every later fetch that carries
 * one, where a schema library's parse of that many tuples cost more than the rest of the check.
 */
function isReceiptPayload(value: unknown): value is ReceiptPayload {
  if (typeof value !== "object" || value === null) return false;
  const { scp, vh, exp, g } = value as Record<string, unknown>;
  if (typeof scp !== "string" || typeof vh !== "string" || typeof exp !== "number" || !Array.isArray(g)) return false;
  return g.every(
    (group) =>
      Array.isArray(group) &&
      group.length === 4 &&
      (group[0] === 0 || group[0] === 1) &&
      typeof group[1] === "string" &&
      group[1].length <= 200 &&
      Array.isArray(group[2]) &&
      group[2].every((category) => CATEGORIES.has(category)) &&
      Array.isArray(group[3]) &&
      group[3].every((clientId) => typeof clientId === "string" && clientId.length >= 1 && clientId.length <= 100),
  );
}

/**
 * The reads a receipt holds (not in the order signed), when it is the consents service's, for this
 * very scope and viewer, and not expired; none otherwise (a receipt refused only costs the call it
 * would have saved).
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
  return payload.g.flatMap(([allowed, basis, categories, clientIds]) => {
    const decision = { allowed: allowed === 1, basis };
    return clientIds.flatMap((clientId) => categories.map((category) => ({ clientId, category, decision })));
  });
}

/**
 * Reads of a request's receipts by client, then category. Nested rather than one map keyed by
 * `client|category`: every field of a page's clients looks its read up (hundreds a caseload), and a
 * key built per lookup was among the clients' and fit's largest costs of their own (2 % of their CPU).
 */
export type ReadsByClient = Map<string, Map<string, AccessDecision>>;

/** Keeps a read in `reads` unless the client's category is there already (the first receipt to hold it answers). */
export function keepRead(reads: ReadsByClient, read: DecidedRead): void {
  let ofClient = reads.get(read.clientId);
  if (!ofClient) reads.set(read.clientId, (ofClient = new Map()));
  if (!ofClient.has(read.category)) ofClient.set(read.category, read.decision);
}

/**
 * The decision a receipt's reads give a request, when they give one: the same plain read; or a read of
 * one service task's data, answered by an allowed read of the whole category (any task's ban covers
 * untagged data too and no other rule reads the task, so the decision is the same: `banCovers`).
 */
export function decisionFromReads(reads: ReadsByClient, request: AccessRequest): AccessDecision | undefined {
  if (request.action !== "read" || request.refusal || request.grantedOrganizationId) return undefined;
  const exact = reads.get(request.clientId)?.get(request.category);
  if (!request.serviceTask) return exact;
  return exact?.allowed ? exact : undefined;
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
    // v2: the reads in groups (2026-12-06). A receipt of v1 signs under another key and is not taken.
    derived = createHmac("sha256", hmacKeyOf(key.secret)).update("silta decided reads v2").digest();
    derivedKeys.set(key, derived);
  }
  return createHmac("sha256", derived).update(encoded).digest("base64url");
}
