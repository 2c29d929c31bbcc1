/**
 * The gateway's own error codes the view maps to FHIR issue types, besides the kernel's closed set.
 * They are part of the gateway's public API (docs/gateway.md); written here because this package
 * sits below the gateway and must not import it. `gateway/src/fhirErrorCodes.test.ts` fails when
 * they drift from the gateway's.
 */
export const GATEWAY_ERROR_CODES = {
  operationLimit: "OPERATION_LIMIT_EXCEEDED",
  rateLimited: "RATE_LIMITED",
  subgraphUnavailable: "SUBGRAPH_UNAVAILABLE",
} as const;
