import type { AccessLogEntryResolvers } from "./../types.generated";

/** Plain fields of a stored entry (src/domain/accessLogHash.ts StoredLogEntry). */
export const AccessLogEntry: AccessLogEntryResolvers = {};
