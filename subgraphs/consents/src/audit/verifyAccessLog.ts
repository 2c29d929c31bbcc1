import type { Sql } from "@silta/kernel";
import { entryOfRow, type LogRow } from "../access/accessLogStore";
import { chainHash, GENESIS_HASH } from "../domain/accessLogHash";

export type VerifyResult =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      /** The first entry whose link is broken. */
      seq: string;
      /** `altered`: the entry no longer matches its hash; `unlinked`: an entry before it was removed or replaced. */
      reason: "altered" | "unlinked";
    };

const PAGE = 5_000;

/**
 * Walks the access log in order and recomputes every link: sha256(previous hash ‖ entry). An edited
 * entry fails its own hash; a removed entry leaves the next one pointing at a hash that is not its
 * predecessor's. Reads page by page, so memory stays flat whatever the log's size.
 */
export async function verifyAccessLog(sql: Sql): Promise<VerifyResult> {
  let previous = GENESIS_HASH;
  let after = "0";
  let entries = 0;
  for (;;) {
    const rows = await sql.query<LogRow>(`SELECT * FROM access_log WHERE seq > $1::bigint ORDER BY seq LIMIT ${PAGE}`, [after]);
    for (const row of rows) {
      entries += 1;
      const seq = String(row.seq);
      if (row.prev_hash !== previous) return { ok: false, entries, seq, reason: "unlinked" };
      if (chainHash(previous, entryOfRow(row)) !== row.hash) return { ok: false, entries, seq, reason: "altered" };
      previous = row.hash;
      after = seq;
    }
    if (rows.length < PAGE) return { ok: true, entries };
  }
}
