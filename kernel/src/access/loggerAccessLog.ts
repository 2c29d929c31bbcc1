import type { Logger } from "../log";
import type { AccessLogEntry, AccessLogSink } from "./types";

/**
 * Access log entries as structured `audit` lines: for a subgraph running on its own outside
 * production, and for batches the consents service could not decide (all denied). The durable,
 * hash-chained log is the consents subgraph's (docs/access.md).
 */
export function loggerAccessLog(log: Logger): AccessLogSink {
  return {
    async append(entries: AccessLogEntry[]): Promise<void> {
      for (const entry of entries) log.info({ audit: entry }, "access");
    },
  };
}
