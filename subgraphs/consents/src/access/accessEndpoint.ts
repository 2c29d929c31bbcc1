import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  ACCESS_LOG_CATEGORY,
  DataCategory,
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
 * calling subgraph denies the whole batch.
 */
export async function handleAccessCall(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { service: AccessService; key: ViewerKey; log: Logger },
): Promise<void> {
  if (request.method !== "POST") return send(response, 405, { error: "POST only" });
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
  try {
    const decisions = await deps.service.decideAndLog(claims.viewer, parsed.data.requests, {
      requestId: claims.requestId,
      source: claims.source,
    });
    send(response, 200, { decisions });
  } catch (error) {
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
