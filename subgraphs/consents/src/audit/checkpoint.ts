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
  /** How far the walk of the whole log in slices has come (`--slice-seconds`); absent between walks. */
  walk?: WholeWalkCursor;
  mac: string;
}

/**
 * Where a walk of the whole log in slices stands, one slice an hourly run: the last seal it checked,
 * with that seal's hash, from which the next slice goes on (that seal must still have that hash, and
 * the next must link to it). Kept in the checkpoint, under its signature: from outside the database.
 */
export interface WholeWalkCursor {
  /** When the walk began (ISO): the checkpoint's `wholeAt` once it reaches the checkpoint's seal. */
  began: string;
  /** The last seal checked ("0": none yet), its hash, and how many entries the seals up to it hold. */
  seq: string;
  hash: string;
  entries: number;
  /** Of those, entries of retired months (sealed, no longer in the log). */
  retired: number;
  /** The end of the last retired month when the walk began (ISO; null: none): a month retired since begins it again. */
  retiredEnd: string | null;
  /** Whether the seals walked so far are all within the retired months' stretch, where entries may be missing. */
  inRetiredStretch: boolean;
}

export type CheckpointHead = Omit<Checkpoint, "mac">;

function macOf(head: CheckpointHead, key: string): string {
  // Signed with the field when present, so a file written before it existed still verifies (and is
  // due a whole walk); removing it from a file that had it breaks the signature.
  const fields: unknown[] = [head.seq, head.hash, head.entries, head.at];
  if (head.wholeAt !== undefined) fields.push(head.wholeAt);
  // An array, where wholeAt is a string: neither can be read as the other.
  if (head.walk !== undefined) fields.push(cursorFields(head.walk));
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

function cursorFields(walk: WholeWalkCursor): unknown[] {
  return [walk.began, walk.seq, walk.hash, walk.entries, walk.retired, walk.retiredEnd, walk.inRetiredStretch];
}

/** The cursor as read from a file, or a message saying what is wrong with it. */
function parseCursor(value: unknown): WholeWalkCursor | string {
  if (typeof value !== "object" || value === null) return "walk is not an object";
  const { began, seq, hash, entries, retired, retiredEnd, inRetiredStretch } = value as Partial<WholeWalkCursor>;
  if (typeof began !== "string" || Number.isNaN(Date.parse(began))) return "walk.began is not a time";
  if (typeof seq !== "string" || !/^[0-9]{1,19}$/.test(seq)) return "walk.seq is not a seal number";
  if (typeof hash !== "string") return "walk.hash is not a string";
  if (!Number.isSafeInteger(entries) || entries! < 0) return "walk.entries is not a count";
  if (!Number.isSafeInteger(retired) || retired! < 0) return "walk.retired is not a count";
  if (retiredEnd !== null && (typeof retiredEnd !== "string" || Number.isNaN(Date.parse(retiredEnd))))
    return "walk.retiredEnd is neither a time nor null";
  if (typeof inRetiredStretch !== "boolean") return "walk.inRetiredStretch is not true or false";
  return { began, seq, hash, entries: entries!, retired: retired!, retiredEnd, inRetiredStretch };
}

export function signCheckpoint(head: CheckpointHead, key: string): Checkpoint {
  return { ...head, mac: macOf(head, key) };
}

/** The checkpoint in `file`, or null when there is none yet; throws when it is not signed with `key`. */
export function readCheckpoint(file: string, key: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Checkpoint>;
  const { seq, hash, entries, at, wholeAt, walk, mac } = parsed;
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
  const cursor = walk === undefined ? undefined : parseCursor(walk);
  if (typeof cursor === "string") throw new Error(`checkpoint ${file} is not a checkpoint file: ${cursor}`);
  const head: CheckpointHead = { seq, hash, entries, at };
  if (wholeAt !== undefined) head.wholeAt = wholeAt;
  if (cursor !== undefined) head.walk = cursor;
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
