import type { Logger } from "../log";
import type { AccessLogEntry, AccessLogSink } from "./types";

/**
 * Interim sink: access log entries as structured `audit` lines. The durable, hash-chained log owned
 * by the consents subgraph replaces it (issue 5); the guard's contract does not change.
 */
export function loggerAccessLog(log: Logger): AccessLogSink {
  return {
    async append(entries: AccessLogEntry[]): Promise<void> {
      for (const entry of entries) log.info({ audit: entry }, "access");
    },
  };
}
