import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  DataCategory,
  MAX_PAGE_READS_PER_ROW,
  MAX_VISIBLE_AMONG,
  MAX_VISIBLE_AMONG_CLIENTS,
  VISIBLE_CLIENTS_SUFFIX,
} from "@silta/kernel";
import { ACCESS_ENDPOINT_PATH } from "./accessEndpoint";
import {
  isPlainObject,
  isShortString,
  logContextOf,
  serveInternalCall,
  type InternalCall,
  type InternalCallDeps,
} from "./internalCall";

/** The internal path answering which of a list's clients the viewer may read (servers mode). */
export const VISIBLE_CLIENTS_PATH = `${ACCESS_ENDPOINT_PATH}${VISIBLE_CLIENTS_SUFFIX}`;

const category = z.enum(Object.values(DataCategory) as [DataCategory, ...DataCategory[]]);

export const visibleAmongCallSchema = z.object({
  category,
  rows: z
    .array(
      z
        .object({
          clientIds: z.array(z.string().min(1).max(100)).max(MAX_VISIBLE_AMONG_CLIENTS),
          serviceTask: z.string().min(1).max(100).nullish(),
          pageReads: z
            .array(z.object({ clientId: z.string().min(1).max(100), category }))
            .max(MAX_PAGE_READS_PER_ROW)
            .optional(),
        })
        // A row's page reads are of its own clients: a list cannot carry a read of anyone else's data.
        .refine((row) => (row.pageReads ?? []).every((read) => row.clientIds.includes(read.clientId)), {
          message: "a page read names a client of its own row",
          path: ["pageReads"],
        }),
    )
    .max(MAX_VISIBLE_AMONG)
    .refine((rows) => rows.reduce((sum, row) => sum + row.clientIds.length, 0) <= MAX_VISIBLE_AMONG_CLIENTS, {
      message: `at most ${MAX_VISIBLE_AMONG_CLIENTS} client ids in all`,
    }),
  logFirst: z.number().int().min(0).max(MAX_VISIBLE_AMONG).default(0),
  // What the request reads of each shown row's clients beside the list's category (the gateway's follow-up reads).
  followUps: z.array(category).max(Object.values(DataCategory).length).default([]),
});

type VisibleAmongCall = z.output<typeof visibleAmongCallSchema>;
type RowOfCall = VisibleAmongCall["rows"][number];

const CATEGORIES: ReadonlySet<string> = new Set(category.options);
const isCategory = (value: unknown): value is DataCategory => typeof value === "string" && CATEGORIES.has(value);

/**
 * {@link visibleAmongCallSchema} for the calls every list sends, checked field by field without zod's per-value
 * machinery (a window of 727 rows cost consents about 0.2 ms in zod): the same checks and the same
 * result (only the schema's fields, its defaults filled in), or undefined for anything else, which the
 * schema then decides, so nothing is taken that the schema would refuse (visibleClientsEndpoint.test.ts
 * compares them).
 */
export function quickVisibleAmongCall(body: unknown): VisibleAmongCall | undefined {
  if (!isPlainObject(body) || !isCategory(body["category"])) return undefined;
  const { rows, logFirst = 0, followUps = [] } = body;
  if (!Array.isArray(rows) || rows.length > MAX_VISIBLE_AMONG) return undefined;
  if (typeof logFirst !== "number" || !Number.isInteger(logFirst) || logFirst < 0 || logFirst > MAX_VISIBLE_AMONG)
    return undefined;
  if (!Array.isArray(followUps) || followUps.length > CATEGORIES.size || !followUps.every(isCategory)) return undefined;
  const checked: RowOfCall[] = new Array<RowOfCall>(rows.length);
  let clients = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const row: unknown = rows[index];
    if (!isPlainObject(row)) return undefined;
    const { clientIds, serviceTask, pageReads } = row;
    if (!Array.isArray(clientIds) || clientIds.length > MAX_VISIBLE_AMONG_CLIENTS || !clientIds.every(isShortString))
      return undefined;
    clients += clientIds.length;
    if (clients > MAX_VISIBLE_AMONG_CLIENTS) return undefined;
    const one: RowOfCall = { clientIds: [...clientIds] };
    if (serviceTask !== undefined) {
      if (serviceTask !== null && !isShortString(serviceTask)) return undefined;
      one.serviceTask = serviceTask;
    }
    if (pageReads !== undefined) {
      if (!Array.isArray(pageReads) || pageReads.length > MAX_PAGE_READS_PER_ROW) return undefined;
      const reads: NonNullable<RowOfCall["pageReads"]> = [];
      for (const read of pageReads as unknown[]) {
        if (!isPlainObject(read) || !isShortString(read["clientId"]) || !isCategory(read["category"])) return undefined;
        // A row's page reads are of its own clients (the schema's refinement).
        if (!clientIds.includes(read["clientId"])) return undefined;
        reads.push({ clientId: read["clientId"], category: read["category"] });
      }
      one.pageReads = reads;
    }
    checked[index] = one;
  }
  return { category: body["category"], rows: checked, logFirst, followUps: [...followUps] };
}

const visibleAmong: InternalCall<VisibleAmongCall> = {
  schema: visibleAmongCallSchema,
  quickParse: quickVisibleAmongCall,
  // A window of family records names each member: up to the ids' bound, about 50 bytes each.
  maxBodyBytes: 1024 * 1024,
  bodyIs: "a list of rows of clients",
  failure: "visible clients",
  run: (service, claims, { category, rows, logFirst, followUps }) =>
    service.visibleAmong(claims.viewer, category, rows, logFirst, logContextOf(claims), followUps),
};

/**
 * `POST /internal/access/visible`: which of the given rows (`{ clientIds, serviceTask?, pageReads? }`,
 * visible when every client of the row is) the viewer named in the signed service token may read in
 * the category, decided by the access rules, answered as the visible rows' indices (`visible`); the
 * clients of the first `logFirst` visible rows (the list's page) are logged before the answer, with
 * their rows' `pageReads` and the `followUps` categories of their clients (further reads of their own
 * clients, answered in `pageReads`, one list per shown row, in `pageReadsOfRow`'s order), the rest
 * are not (docs/decisions/0013). Runs under the caller's deadline as a decision does; any failure answers an
 * error status, and the caller fails closed (ACCESS_DECISION_UNAVAILABLE).
 */
export function handleVisibleClientsCall(
  request: IncomingMessage,
  response: ServerResponse,
  deps: InternalCallDeps,
): Promise<void> {
  return serveInternalCall(visibleAmong, request, response, deps);
}
