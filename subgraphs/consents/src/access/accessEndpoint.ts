import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ACCESS_LOG_CATEGORY, DataCategory, type AccessCategory } from "@silta/kernel";
import {
  isPlainObject,
  isShortString,
  logContextOf,
  serveInternalCall,
  type InternalCall,
  type InternalCallDeps,
} from "./internalCall";

/** The internal path other subgraphs POST their decision batches to (servers mode). */
export const ACCESS_ENDPOINT_PATH = "/internal/access";

/** Most requests in one decision batch. */
const MAX_REQUESTS = 10_000;

export const decisionBatchSchema = z.object({
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
    .max(MAX_REQUESTS),
});

type DecisionBatch = z.infer<typeof decisionBatchSchema>;
type RequestOfBatch = DecisionBatch["requests"][number];

const CATEGORIES: ReadonlySet<string> = new Set(decisionBatchSchema.shape.requests.element.shape.category.options);
const ACTIONS: ReadonlySet<string> = new Set(decisionBatchSchema.shape.requests.element.shape.action.options);

/**
 * {@link decisionBatchSchema} for the batches every request sends, checked field by field without zod's
 * per-value machinery (about 1.5 µs a request with zod, 158 requests in a caseload's FIT batch):
 * the same checks, and the same result (a new object per request with only the schema's fields, the
 * others left out, as zod strips them). Anything it does not take, well-formed or not, goes to the
 * schema, so nothing is accepted that the schema would refuse (accessEndpoint.test.ts compares them).
 */
export function quickDecisionBatch(body: unknown): DecisionBatch | undefined {
  if (!isPlainObject(body)) return undefined;
  const requests = body["requests"];
  if (!Array.isArray(requests) || requests.length > MAX_REQUESTS) return undefined;
  const result: RequestOfBatch[] = new Array<RequestOfBatch>(requests.length);
  for (let index = 0; index < requests.length; index += 1) {
    const asked: unknown = requests[index];
    if (!isPlainObject(asked)) return undefined;
    const { clientId, category, action, serviceTask, grantedOrganizationId, refusal } = asked;
    if (!isShortString(clientId) || typeof category !== "string" || !CATEGORIES.has(category)) return undefined;
    if (typeof action !== "string" || !ACTIONS.has(action)) return undefined;
    const request = { clientId, category, action } as RequestOfBatch;
    if (serviceTask !== undefined) {
      if (!isShortString(serviceTask)) return undefined;
      request.serviceTask = serviceTask;
    }
    if (grantedOrganizationId !== undefined) {
      if (!isShortString(grantedOrganizationId)) return undefined;
      request.grantedOrganizationId = grantedOrganizationId;
    }
    if (refusal !== undefined) {
      if (!isShortString(refusal)) return undefined;
      request.refusal = refusal;
    }
    result[index] = request;
  }
  return { requests: result };
}

const decisionBatch: InternalCall<DecisionBatch> = {
  schema: decisionBatchSchema,
  quickParse: quickDecisionBatch,
  maxBodyBytes: 4 * 1_048_576,
  bodyIs: "a decision batch",
  failure: "access decision",
  run: async (service, claims, { requests }) => ({
    decisions: await service.decideAndLog(claims.viewer, requests, logContextOf(claims)),
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
