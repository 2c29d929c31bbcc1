import type { AccessLogEdgeResolvers } from "./../types.generated";

/** Plain fields of the page the access log query returns (src/access/accessLogQuery.ts). */
export const AccessLogEdge: AccessLogEdgeResolvers = {};
