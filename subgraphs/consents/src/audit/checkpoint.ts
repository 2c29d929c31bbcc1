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
  mac: string;
}

export type CheckpointHead = Omit<Checkpoint, "mac">;

function macOf(head: CheckpointHead, key: string): string {
  return createHmac("sha256", key)
    .update(JSON.stringify([head.seq, head.hash, head.entries, head.at]))
    .digest("hex");
}

export function signCheckpoint(head: CheckpointHead, key: string): Checkpoint {
  return { ...head, mac: macOf(head, key) };
}

/** The checkpoint in `file`, or null when there is none yet; throws when it is not signed with `key`. */
export function readCheckpoint(file: string, key: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Checkpoint>;
  const { seq, hash, entries, at, mac } = parsed;
  if (
    typeof seq !== "string" ||
    typeof hash !== "string" ||
    typeof entries !== "number" ||
    typeof at !== "string" ||
    typeof mac !== "string"
  ) {
    throw new Error(`checkpoint ${file} is not a checkpoint file`);
  }
  const expected = Buffer.from(macOf({ seq, hash, entries, at }, key), "hex");
  const actual = Buffer.from(mac, "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new Error(`checkpoint ${file} does not carry a valid signature (altered, or signed with another AUDIT_CHECKPOINT_KEY)`);
  }
  return { seq, hash, entries, at, mac };
}

/** Replaces the file atomically: a crash leaves the old checkpoint or the new, never half of one. */
export function writeCheckpoint(file: string, checkpoint: Checkpoint): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
