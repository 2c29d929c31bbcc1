import * as oauth from "oauth4webapi";

/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE (RFC 7636, S256) against the
 * provider the gateway trusts, as a public client (no secret in a browser). The protocol work —
 * verifier and challenge, state and nonce, the checks on the response and on the ID token — is
 * oauth4webapi's, not ours.
 *
 * Where things are kept, and why:
 * - The access token: in memory only (the caller holds what {@link completeSignIn} returns). Nothing
 *   another site's script, an extension reading storage, or a later visitor of this browser profile
 *   could read; a reload means signing in again (the provider's own session makes that quick).
 * - The PKCE verifier, state and nonce: in sessionStorage of this origin, for the one trip to the
 *   provider and back, because the page is left and memory with it. They are not credentials (the
 *   code they redeem is bound to this client and redirect URI, is single-use and short-lived), no
 *   other origin can read sessionStorage, and they are removed the moment the answer comes back.
 */

/** What `/app/config.json` says about the provider (gateway/src/webApp/webAppConfig.ts, kind `oidc`). */
export interface OidcSettings {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
  scope: string;
}

export interface OidcSession {
  /** The bearer token the gateway accepts (its audience is the gateway). */
  accessToken: string;
  /** When it stops working, in ms since the epoch; undefined when the provider did not say. */
  expiresAt: number | undefined;
  /** Where in the app the person was when they signed in (a path under the app). */
  returnTo: string;
  /** Who signed in, as the ID token names them (name, preferred_username or sub), for the header. */
  displayName: string | undefined;
}

/** A sign-in that did not complete, with the provider's (or our) error code for the message catalogue. */
export class OidcSignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OidcSignInError";
  }
}

const PENDING_KEY = "silta.oidc.pending";

interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
  returnTo: string;
}

export interface OidcEnvironment {
  /** Default: window.sessionStorage. */
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  /** Default: window.location.assign. */
  navigate?: (url: string) => void;
}

function serverOf(settings: OidcSettings): oauth.AuthorizationServer {
  return {
    issuer: settings.issuer,
    authorization_endpoint: settings.authorizationEndpoint,
    token_endpoint: settings.tokenEndpoint,
    code_challenge_methods_supported: ["S256"],
    // The ID token comes straight from the token endpoint, so its signature is not what protects it;
    // its algorithm must still be one the gateway accepts for the provider's tokens (jwtVerifier.ts).
    id_token_signing_alg_values_supported: ["RS256", "ES256", "PS256", "EdDSA"],
  };
}

/** Plain http is refused (oauth4webapi's rule) except to a provider on this machine: the development one. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" && (hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]");
}

/**
 * Leaves for the provider's sign-in page. `redirectUri` is the app's registered address (its
 * `/app/` URL); `returnTo` is where to go after signing in.
 */
export async function beginSignIn(
  settings: OidcSettings,
  options: { redirectUri: string; returnTo: string },
  environment: OidcEnvironment = {},
): Promise<void> {
  const storage = environment.storage ?? window.sessionStorage;
  const navigate = environment.navigate ?? ((url: string) => window.location.assign(url));
  const pending: PendingSignIn = {
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    redirectUri: options.redirectUri,
    returnTo: options.returnTo,
  };
  const url = new URL(settings.authorizationEndpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", pending.redirectUri);
  url.searchParams.set("scope", settings.scope);
  url.searchParams.set("state", pending.state);
  url.searchParams.set("nonce", pending.nonce);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
  navigate(url.href);
}

/** True when this URL is the provider sending the person back (a code or an error, with state). */
export function isAuthorizationResponse(url: URL): boolean {
  return url.searchParams.has("state") && (url.searchParams.has("code") || url.searchParams.has("error"));
}

/**
 * Redeems the code in `currentUrl` for tokens, checking state, issuer, nonce and the PKCE
 * verifier. The pending sign-in is removed first, so an answer can be used once whatever happens.
 * The caller then drops the code from the address bar (`history.replaceState`).
 */
export async function completeSignIn(
  settings: OidcSettings,
  currentUrl: URL,
  environment: OidcEnvironment = {},
): Promise<OidcSession> {
  const storage = environment.storage ?? window.sessionStorage;
  const saved = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (!saved) throw new OidcSignInError("no_pending_sign_in", "This sign-in was not started here, or was already used.");
  const pending = JSON.parse(saved) as PendingSignIn;
  const server = serverOf(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  let callback: URLSearchParams;
  try {
    callback = oauth.validateAuthResponse(server, client, currentUrl, pending.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      throw new OidcSignInError(error.error, error.error_description ?? error.error);
    }
    throw new OidcSignInError("invalid_response", error instanceof Error ? error.message : String(error));
  }
  const insecure = isLocal(settings.tokenEndpoint) ? { [oauth.allowInsecureRequests]: true } : {};
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      callback,
      pending.redirectUri,
      pending.codeVerifier,
      insecure,
    );
    const openid = settings.scope.split(" ").includes("openid");
    const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: openid ? pending.nonce : oauth.expectNoNonce,
      requireIdToken: openid,
    });
    const claims = openid ? oauth.getValidatedIdTokenClaims(result) : undefined;
    const named = claims?.["name"] ?? claims?.["preferred_username"] ?? claims?.sub;
    return {
      accessToken: result.access_token,
      displayName: typeof named === "string" ? named : undefined,
      expiresAt: typeof result.expires_in === "number" ? Date.now() + result.expires_in * 1000 : undefined,
      returnTo: pending.returnTo,
    };
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) throw new OidcSignInError(error.error, error.error_description ?? error.error);
    throw new OidcSignInError("token_exchange_failed", error instanceof Error ? error.message : String(error));
  }
}
