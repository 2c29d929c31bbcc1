import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  ACCESS_LOG_CATEGORY,
  DataCategory,
  QUERY_CANCELED,
  requestDeadlineOf,
  runWithDeadline,
  verifyAccessServiceToken,
  type AccessCategory,
  type Logger,
  type ViewerKey,
} from "@silta/kernel";
import type { AccessService } from "./AccessService";

/** The internal path other subgraphs POST their decision batches to (servers mode). */
export const ACCESS_ENDPOINT_PATH = "/internal/access";
const MAX_BODY_BYTES = 4 * 1_048_576;

const callSchema = z.object({
  requests: z
    .array(
      z.object({
        clientId: z.string().min(1).max(100),
        category: z.enum([ACCESS_LOG_CATEGORY, ...Object.values(DataCategory)] as [AccessCategory, ...AccessCategory[]]),
        action: z.enum(["read", "create", "update", "grant", "notify"]),
        serviceTask: z.string().min(1).max(100).optional(),
        grantedOrganizationId: z.string().min(1).max(100).optional(),
        refusal: z.string().min(1).max(100).optional(),
      }),
    )
    .max(10_000),
});

/**
 * `POST /internal/access`: a batch of decisions for the viewer named in the signed service token,
 * answered only after the log entries are committed. Any failure answers an error status, and the
 * calling subgraph denies the whole batch (ACCESS_DECISION_UNAVAILABLE, never a denial).
 *
 * The decision is the work of the calling subgraph's request, and runs under its deadline exactly as
 * a GraphQL request does (docs/gateway.md, "The deadline chain"): the caller's `x-silta-deadline-ms`
 * within this service's own `maxDeadlineMs`, which the header cannot lift; statements are cancelled
 * at it, or as soon as the caller hangs up. One stopped so answers 503 `deadline` (the transaction
 * of the log entries rolled back: nothing decided, nothing logged).
 */
export async function handleAccessCall(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { service: AccessService; key: ViewerKey; log: Logger; maxDeadlineMs: number },
): Promise<void> {
  if (request.method !== "POST") return send(response, 405, { error: "POST only" });
  // From the call's arrival: reading and checking it is part of the time the caller announced.
  const deadline = requestDeadlineOf(request, response, deps.maxDeadlineMs);
  const authorization = request.headers["authorization"];
  const token = typeof authorization === "string" && authorization.startsWith("Bearer ") ? authorization.slice(7) : undefined;
  let claims;
  try {
    claims = await verifyAccessServiceToken(token, deps.key);
  } catch {
    return send(response, 401, { error: "unauthenticated" });
  }
  const body = await readBody(request);
  if (body === null) return send(response, 413, { error: "too large" });
  let parsed;
  try {
    parsed = callSchema.safeParse(JSON.parse(body));
  } catch {
    return send(response, 400, { error: "not JSON" });
  }
  if (!parsed.success) return send(response, 400, { error: "not a decision batch" });
  const requests = parsed.data.requests;
  try {
    const decisions = await runWithDeadline(deadline, () =>
      deps.service.decideAndLog(claims.viewer, requests, { requestId: claims.requestId, source: claims.source }),
    );
    send(response, 200, { decisions });
  } catch (error) {
    const stopped = deadline.expired();
    if (stopped && (error as { code?: unknown }).code === QUERY_CANCELED) {
      // The caller's own time ran out (or it hung up): not a failure of this service.
      deps.log.warn({ requestId: claims.requestId, reason: stopped }, "access decision stopped at the request's deadline");
      return send(response, 503, { error: "deadline" });
    }
    deps.log.error({ err: error, requestId: claims.requestId }, "access decision failed");
    send(response, 503, { error: "decision unavailable" });
  }
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners("data");
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}
