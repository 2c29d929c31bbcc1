import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  DataCategory,
  MAX_VISIBLE_AMONG,
  QUERY_CANCELED,
  requestDeadlineOf,
  runWithDeadline,
  verifyAccessServiceToken,
  VISIBLE_CLIENTS_SUFFIX,
  type Logger,
  type ViewerKey,
} from "@silta/kernel";
import { ACCESS_ENDPOINT_PATH } from "./accessEndpoint";
import type { AccessService } from "./AccessService";

/** The internal path answering which of a list's clients the viewer may read (servers mode). */
export const VISIBLE_CLIENTS_PATH = `${ACCESS_ENDPOINT_PATH}${VISIBLE_CLIENTS_SUFFIX}`;
const MAX_BODY_BYTES = 256 * 1024;

const callSchema = z.object({
  category: z.enum(Object.values(DataCategory) as [DataCategory, ...DataCategory[]]),
  clientIds: z.array(z.string().min(1).max(100)).max(MAX_VISIBLE_AMONG),
  logFirst: z.number().int().min(0).max(MAX_VISIBLE_AMONG).default(0),
});

/**
 * `POST /internal/access/visible`: which of the given clients the viewer named in the signed service
 * token may read in the category, decided by the access rules; the first `logFirst` visible ones (the
 * list's page) are logged before the answer, the rest are not (docs/decisions/0013). Runs under the caller's deadline as a decision does; any failure answers an
 * error status, and the caller fails closed (ACCESS_DECISION_UNAVAILABLE).
 */
export async function handleVisibleClientsCall(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { service: AccessService; key: ViewerKey; log: Logger; maxDeadlineMs: number },
): Promise<void> {
  if (request.method !== "POST") return send(response, 405, { error: "POST only" });
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
  if (!parsed.success) return send(response, 400, { error: "not a list of clients" });
  const { category, clientIds, logFirst } = parsed.data;
  const context = { requestId: claims.requestId, source: claims.source };
  try {
    const visible = await runWithDeadline(deadline, () =>
      deps.service.visibleAmong(claims.viewer, category, clientIds, logFirst, context),
    );
    send(response, 200, { visible });
  } catch (error) {
    if (deadline.expired() && (error as { code?: unknown }).code === QUERY_CANCELED)
      return send(response, 503, { error: "deadline" });
    deps.log.error({ err: error, requestId: claims.requestId }, "visible clients failed");
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
