import { createHmac, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

/**
 * An anchor of the access log outside its database: the head of the chain of seals (the last seal's
 * seq and hash, and how many entries the seals up to it hold) when it was last verified. The chain
 * alone cannot show that its newest seals and their entries were deleted (what remains is a valid,
 * shorter chain); the checkpoint can, because it names a seal that must still be there with the
 * same hash. HMAC-signed, so the
 * file cannot be edited back to match a truncated log without the key.
 */
export interface Checkpoint {
  /** The last seal's seq when the checkpoint was taken; "0" for none. */
  seq: string;
  hash: string;
  entries: number;
  /** When it was taken (ISO). */
  at: string;
  /**
   * When the last walk of the whole log began that this checkpoint's chain of runs rests on (ISO):
   * a run after the checkpoint carries it on, a whole walk sets it. Absent in files written before it
   * was kept, which count as never walked whole.
   */
  wholeAt?: string;
  mac: string;
}

export type CheckpointHead = Omit<Checkpoint, "mac">;

function macOf(head: CheckpointHead, key: string): string {
  // Signed with the field when present, so a file written before it existed still verifies (and is
  // due a whole walk); removing it from a file that had it breaks the signature.
  const fields: unknown[] = [head.seq, head.hash, head.entries, head.at];
  if (head.wholeAt !== undefined) fields.push(head.wholeAt);
  return createHmac("sha256", key).update(JSON.stringify(fields)).digest("hex");
}

/**
 * Whether a run with `--whole-every <days>` walks the whole log: when there is no checkpoint yet, or
 * the last whole walk it rests on began `days` or more ago (or is not known); otherwise it walks
 * what was sealed after the checkpoint.
 */
export function wholeWalkDue(checkpoint: CheckpointHead | null, days: number, now: Date): boolean {
  if (!checkpoint?.wholeAt) return true;
  return now.getTime() - Date.parse(checkpoint.wholeAt) >= days * 86_400_000;
}

export function signCheckpoint(head: CheckpointHead, key: string): Checkpoint {
  return { ...head, mac: macOf(head, key) };
}

/** The checkpoint in `file`, or null when there is none yet; throws when it is not signed with `key`. */
export function readCheckpoint(file: string, key: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Checkpoint>;
  const { seq, hash, entries, at, wholeAt, mac } = parsed;
  if (
    typeof seq !== "string" ||
    typeof hash !== "string" ||
    typeof entries !== "number" ||
    typeof at !== "string" ||
    (wholeAt !== undefined && (typeof wholeAt !== "string" || Number.isNaN(Date.parse(wholeAt)))) ||
    typeof mac !== "string"
  ) {
    throw new Error(`checkpoint ${file} is not a checkpoint file`);
  }
  const head: CheckpointHead = wholeAt === undefined ? { seq, hash, entries, at } : { seq, hash, entries, at, wholeAt };
  const expected = Buffer.from(macOf(head, key), "hex");
  const actual = Buffer.from(mac, "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new Error(`checkpoint ${file} does not carry a valid signature (altered, or signed with another AUDIT_CHECKPOINT_KEY)`);
  }
  return { ...head, mac };
}

/** Replaces the file atomically: a crash leaves the old checkpoint or the new, never half of one. */
export function writeCheckpoint(file: string, checkpoint: Checkpoint): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * Writes `checkpoint` unless the file now names a later seal (written meanwhile by another run, which
 * verified the log up to it; an hourly run after the checkpoint can end while a whole walk of several
 * hours is still going), and answers the checkpoint the file holds afterwards. Moving it back would
 * let the seals between the two heads be removed unseen. Both runs check the same log, so the later
 * head covers the earlier. A file that no longer carries a valid signature throws, as on reading.
 */
export function writeCheckpointForward(file: string, checkpoint: Checkpoint, key: string): Checkpoint {
  const current = readCheckpoint(file, key);
  if (current && BigInt(current.seq) > BigInt(checkpoint.seq)) return current;
  writeCheckpoint(file, checkpoint);
  return checkpoint;
}
