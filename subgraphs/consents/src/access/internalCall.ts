import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import {
  ACCESS_CALL_REQUEST_ID,
  DECISION_SCOPE_HEADER,
  isDecisionScope,
  runWithDeadline,
  stoppedForItsRequest,
  type AccessLogContext,
  type AccessServiceClaims,
  type AccessServiceTokenVerifier,
  type Logger,
} from "@silta/kernel";
import { readBody, REQUEST_ID_HEADER, requestDeadlineOf, sendJson as send, tooLarge } from "@silta/kernel/http";
import type { AccessService } from "./AccessService";

export interface InternalCallDeps {
  service: AccessService;
  /** The service tokens' check, one per process: a token's claims are kept until it expires. */
  verifier: AccessServiceTokenVerifier;
  log: Logger;
  maxDeadlineMs: number;
}

/** One internal endpoint of the access service: what its body must be, and the work it answers with. */
export interface InternalCall<Body> {
  schema: z.ZodType<Body>;
  /**
   * A quicker check of the usual body, optional: it answers exactly what `schema` would make of it,
   * or undefined for anything it does not take, which `schema` then decides (it alone answers a 400).
   */
  quickParse?(body: unknown): Body | undefined;
  maxBodyBytes: number;
  /** Named in the 400 answer to a body the schema refuses, e.g. "a decision batch". */
  bodyIs: string;
  /** Named in the error log of a failure. */
  failure: string;
  run(service: AccessService, claims: CallClaims, body: Body): Promise<unknown>;
}

/**
 * Who asks, from the service token, the request the call is for (the token's, or `x-request-id`),
 * and the request's decision scope (`x-silta-decision-scope`), when the call names one.
 */
export type CallClaims = AccessServiceClaims & { requestId: string; scope?: string };

/** `z.string().min(1).max(100)` of the calls' quick checks: zod counts a string's length in UTF-16 code units, as `length` does. */
export const isShortString = (value: unknown): value is string =>
  typeof value === "string" && value.length >= 1 && value.length <= 100;

/** A JSON object, as `z.object` takes one (not null, not a list). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Who asks within which request and scope, as the access log and its decisions take it. */
export function logContextOf(claims: CallClaims): AccessLogContext {
  const context: AccessLogContext = { requestId: claims.requestId, source: claims.source };
  if (claims.scope) context.scope = claims.scope;
  return context;
}

/**
 * Serves one internal call of the other subgraphs (`POST`, the signed service token naming the
 * viewer, a JSON body): 405, 401, 413, 400 for a wrong call, 200 with the work's answer, and 503 for
 * any failure, which the caller reads as "decision unavailable" (fail closed, never a denial).
 *
 * The work belongs to the calling subgraph's request, and runs under its deadline exactly as a
 * GraphQL request does (docs/gateway.md, "The deadline chain"): the caller's `x-silta-deadline-ms`
 * within this service's own `maxDeadlineMs`, which the header cannot lift; statements are cancelled at
 * it, or as soon as the caller hangs up. One stopped so answers 503 `deadline` (its transaction
 * rolled back: nothing decided, nothing logged).
 */
export async function serveInternalCall<Body>(
  call: InternalCall<Body>,
  request: IncomingMessage,
  response: ServerResponse,
  deps: InternalCallDeps,
): Promise<void> {
  if (request.method !== "POST") return send(response, 405, { error: "POST only" });
  // From the call's arrival: reading and checking it is part of the time the caller announced.
  const deadline = requestDeadlineOf(request, response, deps.maxDeadlineMs);
  const authorization = request.headers["authorization"];
  const token = typeof authorization === "string" && authorization.startsWith("Bearer ") ? authorization.slice(7) : undefined;
  let claims: CallClaims;
  try {
    const verified = await deps.verifier.verify(token);
    // A token that names its request is bound to it; a reused one (naming none) comes with the request's id.
    const header = request.headers[REQUEST_ID_HEADER];
    const requestId = verified.requestId ?? (typeof header === "string" && ACCESS_CALL_REQUEST_ID.test(header) ? header : "");
    if (!requestId) return send(response, 400, { error: "no request id" });
    claims = { ...verified, requestId };
    const scope = request.headers[DECISION_SCOPE_HEADER];
    if (isDecisionScope(scope)) claims.scope = scope;
  } catch {
    return send(response, 401, { error: "unauthenticated" });
  }
  const body = await readBody(request, call.maxBodyBytes);
  if (body === tooLarge) return send(response, 413, { error: "too large" });
  let parsed;
  try {
    const json: unknown = JSON.parse(body);
    const quick = call.quickParse?.(json);
    parsed = quick === undefined ? call.schema.safeParse(json) : { success: true as const, data: quick };
  } catch {
    return send(response, 400, { error: "not JSON" });
  }
  if (!parsed.success) {
    // The first rule broken and where: the calling subgraph's developer sees what to fix (no values are echoed).
    const [issue] = parsed.error.issues;
    const at = issue ? ` (${issue.path.join(".") || "body"}: ${issue.message})` : "";
    return send(response, 400, { error: `not ${call.bodyIs}${at}` });
  }
  const data = parsed.data;
  try {
    send(response, 200, await runWithDeadline(deadline, () => call.run(deps.service, claims, data)));
  } catch (error) {
    const stopped = deadline.expired();
    if (stopped && stoppedForItsRequest(error)) {
      // The caller's own time ran out (or it hung up): not a failure of this service.
      deps.log.warn({ requestId: claims.requestId, reason: stopped }, `${call.failure} stopped at the request's deadline`);
      return send(response, 503, { error: "deadline" });
    }
    deps.log.error({ err: error, requestId: claims.requestId }, `${call.failure} failed`);
    send(response, 503, { error: "decision unavailable" });
  }
}
