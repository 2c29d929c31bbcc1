/**
 * The gateway's public surface: the factory the hub and `main.ts` compose, the development issuer,
 * the claim mapping and the configuration loader.
 */
export { createGateway, type Gateway, type GatewayOptions } from "./createGateway";
export type { GatewayContext } from "./GatewayContext";
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
