import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ACCESS_LOG_CATEGORY, DataCategory, type AccessCategory } from "@silta/kernel";
import { serveInternalCall, type InternalCall, type InternalCallDeps } from "./internalCall";

/** The internal path other subgraphs POST their decision batches to (servers mode). */
export const ACCESS_ENDPOINT_PATH = "/internal/access";

const callSchema = z.object({
  requests: z
    .array(
      z.object({
        clientId: z.string().min(1).max(100),
        category: z.enum([ACCESS_LOG_CATEGORY, ...Object.values(DataCategory)] as [AccessCategory, ...AccessCategory[]]),
        action: z.enum(["read", "create", "update", "grant", "notify", "keep_register"]),
        serviceTask: z.string().min(1).max(100).optional(),
        grantedOrganizationId: z.string().min(1).max(100).optional(),
        refusal: z.string().min(1).max(100).optional(),
      }),
    )
    .max(10_000),
});

const decisionBatch: InternalCall<z.infer<typeof callSchema>> = {
  schema: callSchema,
  maxBodyBytes: 4 * 1_048_576,
  bodyIs: "a decision batch",
  failure: "access decision",
  run: async (service, claims, { requests }) => ({
    decisions: await service.decideAndLog(claims.viewer, requests, { requestId: claims.requestId, source: claims.source }),
  }),
};

/**
 * `POST /internal/access`: a batch of decisions for the viewer named in the signed service token,
 * answered only after the log entries are committed. Any failure answers an error status, and the
 * calling subgraph denies the whole batch (ACCESS_DECISION_UNAVAILABLE, never a denial). Runs under
 * the caller's deadline ({@link serveInternalCall}).
 */
export function handleAccessCall(request: IncomingMessage, response: ServerResponse, deps: InternalCallDeps): Promise<void> {
  return serveInternalCall(decisionBatch, request, response, deps);
}
