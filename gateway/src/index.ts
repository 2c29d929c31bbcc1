/**
 * The gateway's public surface: the factory the hub and `main.ts` compose, the development issuer,
 * the claim mapping and the configuration loader.
 */
export { createGateway, type Gateway, type GatewayOptions } from "./createGateway";
export type { GatewayContext } from "./GatewayContext";
export type { DevelopmentToken } from "./ide/ideRoute";
export { CONTENT_SECURITY_POLICY } from "./ide/contentSecurityPolicy";
export { loadGatewayConfig, type GatewayConfig } from "./config";
export type { TokenVerifier } from "./auth/TokenVerifier";
export { createOidcVerifier, type OidcVerifierOptions } from "./auth/oidcVerifier";
export { ACCEPTED_ALGORITHMS, DEFAULT_CLOCK_TOLERANCE_SECONDS, type AcceptedAlgorithm } from "./auth/jwtVerifier";
export {
  createDevTokenIssuer,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevTokenClaims,
  type DevTokenIssuer,
  type DevTokenIssuerOptions,
} from "./auth/devTokenIssuer";
export { viewerFromClaims, PURPOSE_HEADER, MAX_PURPOSE_LENGTH, type ViewerRequest } from "./auth/viewerFromClaims";
export { authenticate, AuthFailure, type AuthenticationRequest } from "./auth/authenticate";
export { supergraphSubgraphs, type SubgraphEndpoint } from "./supergraphSubgraphs";
export { DEFAULT_LIMITS, OPERATION_LIMIT_CODE, type OperationLimits } from "./limits/operationLimits";
export { operationCost } from "./limits/operationCost";
export { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from "./rateLimit/rateLimiter";
export { RATE_LIMITED } from "./rateLimit/rateLimitRefusal";
export { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicy } from "./subgraphs/subgraphPolicy";
export { CircuitBreaker, type BreakerState } from "./subgraphs/circuitBreaker";
export { SUBGRAPH_UNAVAILABLE } from "./subgraphDataSource";
export { parseManifest, sha256, type PersistedOperation } from "./persistedQueries/manifest";
export { registerSafelist, safelistKey } from "./persistedQueries/persistedQueryStore";
export type { PersistedQueryMode } from "./persistedQueries/resolvePersistedQuery";
export { GatewayMetrics } from "./observability/gatewayMetrics";
/** The development identity provider (authorization code with PKCE), for `docker-compose --profile dev-idp` and the browser tests. */
export { createDevIdentityProvider, type DevIdentityProvider } from "./devIdentityProvider/devIdentityProvider";
