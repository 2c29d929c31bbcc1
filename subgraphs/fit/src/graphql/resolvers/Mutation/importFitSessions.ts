import { Readable } from "node:stream";
import { badUserInput, DataCategory, todayIn } from "@silta/kernel";
import { importRows, type RejectedRow } from "../../../import/importPipeline";
import { openFitAdapter } from "../../../import/openFitAdapter";
import { csvRows, jsonRows } from "../../../import/readers";
import type { MutationResolvers } from "./../../types.generated";

/** Larger files go through the command (`subgraphs/fit/src/import/main.ts`), which streams from disk. */
const MAX_CONTENT_BYTES = 1024 * 1024;

export const importFitSessions: NonNullable<MutationResolvers["importFitSessions"]> = async (_parent, { input }, ctx) => {
  if (Buffer.byteLength(input.content, "utf8") > MAX_CONTENT_BYTES)
    throw badUserInput("input.content", "too_large", "A batch is at most 1 MB; import larger files with the import command.");
  const rejections: RejectedRow[] = [];
  const source = Readable.from([input.content]);
  const report = await importRows(ctx.sql, input.format === "CSV" ? csvRows(source) : jsonRows(source), {
    adapter: openFitAdapter,
    skipInvalid: input.skipInvalid ?? false,
    today: todayIn(ctx.settings.timeZone),
    actorId: ctx.viewer.id,
    // Every client in the batch is decided and logged at once, before any of their rows is written.
    authorize: (clientIds) => ctx.access.filterAllowed(clientIds, DataCategory.Fit, "create"),
    onReject: (rejected) => rejections.push(rejected),
  });
  return { ...report, rejections };
};
