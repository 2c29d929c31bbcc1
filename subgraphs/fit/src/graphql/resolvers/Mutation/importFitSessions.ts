import { Readable } from "node:stream";
import { badUserInput, DataCategory, todayIn } from "@silta/kernel";
import { clientsOfRows } from "../../../import/clientsOfRows";
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
  const rowsOf = (content: string) => {
    const source = Readable.from([content]);
    return input.format === "CSV" ? csvRows(source) : jsonRows(source);
  };
  const today = todayIn(ctx.settings.timeZone);
  // Every client of the batch is decided and logged at once, before the import's transaction opens:
  // the embedded hub's subgraphs share one database connection, so a decision asked for inside the
  // open transaction would wait on it (docs/decisions/0012-one-embedded-database.md).
  const clientIds = await clientsOfRows(rowsOf(input.content), openFitAdapter, today);
  const allowed =
    clientIds.length > 0 ? await ctx.access.filterAllowed(clientIds, DataCategory.Fit, "create") : new Set<string>();
  const report = await importRows(ctx.prisma, rowsOf(input.content), {
    adapter: openFitAdapter,
    skipInvalid: input.skipInvalid ?? false,
    today,
    actorId: ctx.viewer.id,
    authorize: async (batch) => new Set(batch.filter((clientId) => allowed.has(clientId))),
    onReject: (rejected) => rejections.push(rejected),
  });
  return { ...report, rejections };
};
