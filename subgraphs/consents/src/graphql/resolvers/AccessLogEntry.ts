import type { AccessLogEntryResolvers } from "./../types.generated";

/** Plain fields of one category of a stored entry (src/access/accessLogQuery.ts AccessLogNode). */
export const AccessLogEntry: AccessLogEntryResolvers = {};
