import type { IncomingMessage } from "node:http";
import type { Viewer } from "@silta/kernel";
import { authenticate } from "./authenticate";
import type { TokenVerifier } from "./TokenVerifier";
import { PURPOSE_HEADER } from "./viewerFromClaims";

/** From an HTTP request to its viewer, or a SiltaError (401) to answer with. */
export type RequestAuthentication = (request: IncomingMessage) => Promise<Viewer>;

const STANDALONE_VIEWER: Viewer = { id: "standalone", kind: "system", roles: [], scopes: [] };

/**
 * The gateway's one way of telling who calls, used by GraphQL, FHIR and the export proxy alike: the
 * bearer token and stated purpose checked by the verifier, or (authentication off, local testing
 * only) the standalone viewer for everyone.
 */
export function requestAuthentication(
  options: { authentication: "required"; verifier: TokenVerifier } | { authentication: "off"; standaloneViewer?: Viewer },
): RequestAuthentication {
  if (options.authentication === "off") {
    const viewer = options.standaloneViewer ?? STANDALONE_VIEWER;
    return () => Promise.resolve(viewer);
  }
  const { verifier } = options;
  return (request) =>
    authenticate({ authorization: request.headers.authorization, purpose: headerOf(request, PURPOSE_HEADER) }, verifier);
}

export function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
