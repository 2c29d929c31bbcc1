import type { Sql } from "@silta/kernel";
import { entryOfRow, type LogRow } from "../access/accessLogStore";
import { chainHash, GENESIS_HASH } from "../domain/accessLogHash";
import type { CheckpointHead } from "./checkpoint";

/** The last entry of the chain as verified. */
export interface LogHead {
  seq: string;
  hash: string;
}

export type VerifyResult =
  | { ok: true; entries: number; head: LogHead }
  | {
      ok: false;
      entries: number;
      /** The first entry whose link is broken; for `truncated`, the last entry there is ("0": none). */
      seq: string;
      /**
       * `altered`: the entry no longer matches its hash; `unlinked`: an entry before it was removed or
       * replaced; `truncated`: the log ends before the checkpoint's entry (the newest entries are
       * gone); `diverged`: the checkpoint's entry is there but is not the one checkpointed (the tail
       * was rewritten and re-chained).
       */
      reason: "altered" | "unlinked" | "truncated" | "diverged";
    };

const PAGE = 5_000;

/**
 * Walks the access log in order and recomputes every link: sha256(previous hash ‖ entry). An edited
 * entry fails its own hash; a removed entry leaves the next one pointing at a hash that is not its
 * predecessor's. With a checkpoint (an anchor kept outside the database) it also finds the removal
 * of the newest entries, which leaves a valid but shorter chain. Reads page by page, so memory stays
 * flat whatever the log's size.
 */
export async function verifyAccessLog(sql: Sql, checkpoint?: CheckpointHead | null): Promise<VerifyResult> {
  let previous = GENESIS_HASH;
  let after = "0";
  let entries = 0;
  let checkpointSeen = !checkpoint || checkpoint.seq === "0";
  for (;;) {
    const rows = await sql.query<LogRow>(`SELECT * FROM access_log WHERE seq > $1::bigint ORDER BY seq LIMIT ${PAGE}`, [after]);
    for (const row of rows) {
      entries += 1;
      const seq = String(row.seq);
      if (row.prev_hash !== previous) return { ok: false, entries, seq, reason: "unlinked" };
      if (chainHash(previous, entryOfRow(row)) !== row.hash) return { ok: false, entries, seq, reason: "altered" };
      if (checkpoint && !checkpointSeen && BigInt(seq) >= BigInt(checkpoint.seq)) {
        // seq has gaps (rolled-back appends), so "the same entry" is: same seq, same hash, same count.
        if (seq !== checkpoint.seq || row.hash !== checkpoint.hash || entries !== checkpoint.entries) {
          return { ok: false, entries, seq, reason: "diverged" };
        }
        checkpointSeen = true;
      }
      previous = row.hash;
      after = seq;
    }
    if (rows.length < PAGE) {
      if (!checkpointSeen) return { ok: false, entries, seq: after, reason: "truncated" };
      return { ok: true, entries, head: { seq: after, hash: previous } };
    }
  }
}
