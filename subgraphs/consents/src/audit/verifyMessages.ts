import type { Checkpoint } from "./checkpoint";
import type { VerifyResult } from "./verifyAccessLog";
import type { Slice } from "./wholeWalkInSlices";

/*
 * What `npm run audit:verify` (main.ts) says of a break it found and of its slice of the walk of the
 * whole log: in words an auditor acts on, naming the entry or seal, and what is still vouched for.
 */

/** What this run's slice of the walk of the whole log did, and where the walk stands. */
export function describeSlice(slice: Slice, checkpoint: Checkpoint): string {
  const again =
    slice.restarted === "retired_month"
      ? "A month was retired since the walk of the whole log in slices began: it began again. "
      : "";
  const walked =
    slice.seals === 0
      ? "walked no seal"
      : `walked seals ${slice.fromSeq} to ${slice.toSeq} (${slice.checked} entries checked${slice.legacyEntries > 0 ? `, and ${slice.legacyEntries} entries of the first log` : ""})`;
  if (slice.cursor === null)
    return `${again}The walk of the whole log begun ${slice.began} ${walked} and reached the checkpoint's seal ${checkpoint.seq}: all ${slice.entries} entries up to it checked; the next run begins the next walk.`;
  return `${again}The walk of the whole log begun ${slice.began} ${walked}: ${slice.cursor.seq} of the checkpoint's ${checkpoint.seq} seals walked (${slice.entries} of ${checkpoint.entries} entries); the next run goes on from seal ${slice.cursor.seq}.`;
}

/** Which walk found the break: of the whole log in one go, after the checkpoint, or a slice of the whole log's. */
export type Walk = "whole" | "since" | "slice";

export function describeBreak(result: Extract<VerifyResult, { ok: false }>, checkpoint: Checkpoint | null, walk: Walk): string {
  // A run after the checkpoint read only what was sealed after it: it cannot vouch for the rest.
  const intact =
    walk === "since" && checkpoint
      ? `what was sealed after the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq}) up to it is intact; the entries before were checked when it was written.`
      : walk === "slice" && checkpoint
        ? `found by the walk of the whole log in slices, whose earlier slices checked the ${result.entries} sealed entries before it; what was sealed after the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq}) is intact.`
        : `${result.entries} sealed entries before it are intact.`;
  switch (result.reason) {
    case "altered":
      return `entry ${result.seq} is altered (it no longer matches its hash); ${intact}`;
    case "context_altered":
      return `the context (who asked, why, from where) of entry ${result.seq} is altered (it no longer matches its hash); ${intact}`;
    case "context_missing":
      return `the context (who asked, why, from where) of entry ${result.seq} is missing (deleted); ${intact}`;
    case "batch_changed":
      return `seal ${result.seq} does not match its entries (an entry was removed, added, moved or reordered); ${intact}`;
    case "unlinked":
      return `seal ${result.seq} is unlinked (a seal up to it was removed, altered or replaced); ${intact}`;
    case "truncated":
      return `seals after ${result.seq} missing: the checkpoint of ${checkpoint!.at} names seal ${checkpoint!.seq} (${checkpoint!.entries} entries), the log ends at seal ${result.seq} (${result.entries} entries).`;
    case "diverged":
      return `seal ${result.seq} is not the seal the checkpoint of ${checkpoint!.at} names (seal ${checkpoint!.seq}, ${checkpoint!.entries} entries): the log was rewritten from there on.`;
    case "unsealed":
      return `${result.unsealed!.count} entries unsealed for longer than the bound, the oldest entry ${result.seq} written at ${result.unsealed!.oldestAt} (is the consents service's sealer running?); ${result.entries} sealed entries are intact.`;
    case "retired_early":
      return `the month from ${result.seq} is recorded as retired, but the law still requires it (the log is kept 12 years): its entries are missing.`;
    case "legacy_altered":
      return `entry ${result.seq} of the first log (access_log_v1) is altered (it no longer matches its hash).`;
    case "legacy_unlinked":
      return `entry ${result.seq} of the first log (access_log_v1) is unlinked (an entry before it was removed or replaced).`;
  }
}
