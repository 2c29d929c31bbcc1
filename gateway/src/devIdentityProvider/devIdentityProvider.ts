import { createServer, type Server } from "node:http";
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";
import { authorizationCodeFlow, type PublicClient } from "./authorizationCodeFlow";

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

const ALGORITHM = "ES256";
const KINDS = ["professional", "client", "system"] as const;

export interface DevIdentityProviderOptions {
  /** The `iss` of its tokens and the base of its URLs, as the gateway reaches it (OIDC_ISSUER). */
  issuer: string;
  /** The `aud` of its tokens (OIDC_AUDIENCE). */
  audience: string;
  /** Public clients that may use the authorization code flow with PKCE (the web app). Default none. */
  clients?: readonly PublicClient[];
  /**
   * The base of the URLs a browser is sent to (`/authorize`), when it differs from the issuer
   * (compose: the issuer `http://dev-idp:4010` is reached as `http://localhost:4010` from outside).
   * Default: the issuer.
   */
  publicUrl?: string;
}

export interface DevIdentityProvider {
  /** Signs a token for these claims, valid 12 h. */
  issue(claims: Record<string, unknown> & { sub: string }): Promise<string>;
  /** Listens; resolves with the URL. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A stand-in OpenID Connect provider for trying servers mode (`docker-compose --profile dev up`):
 * a key made at start and kept in memory, its discovery document and JWKS where the gateway's OIDC
 * verifier looks for them, and `GET /token?sub=…&kind=…&org=…&roles=a,b&scope=…` handing out
 * tokens to anyone who asks. For the web app it also runs the authorization code flow with PKCE
 * (`/authorize`, `/oauth/token`; authorizationCodeFlow.ts) for the clients registered with it. It is
 * for development only: never point a real gateway at it.
 */
export async function createDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM);
  const publicFields = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicFields);
  const jwk: JWK = { ...publicFields, kid, alg: ALGORITHM, use: "sig" };
  const issuer = options.issuer.replace(/\/$/, "");
  const issue = (claims: Record<string, unknown> & { sub: string }) => sign(privateKey, kid, issuer, options.audience, claims);
  const publicUrl = (options.publicUrl ?? issuer).replace(/\/$/, "");
  const flow = authorizationCodeFlow({
    issuer,
    clients: options.clients ?? [],
    claimsOf,
    signAccessToken: issue,
    signIdToken: (claims, clientId, nonce) =>
      sign(privateKey, kid, issuer, clientId, nonce === undefined ? claims : { ...claims, nonce }),
  });

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/oauth/token") {
      if (request.method === "OPTIONS") return flow.preflight(request, response);
      if (request.method !== "POST") return send(405, { error: "only POST" });
      flow.token(request, response).catch(() => send(500, { error: "could not sign" }));
      return;
    }
    if (request.method !== "GET") return send(405, { error: "only GET" });
    switch (url.pathname) {
      case "/.well-known/openid-configuration":
        return send(200, {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          authorization_endpoint: `${publicUrl}/authorize`,
          token_endpoint: `${publicUrl}/oauth/token`,
          response_types_supported: ["code"],
          grant_types_supported: ["authorization_code"],
          code_challenge_methods_supported: ["S256"],
          token_endpoint_auth_methods_supported: ["none"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: [ALGORITHM],
        });
      case "/authorize":
        return flow.authorize(url, response, false);
      case "/authorize/approve":
        return flow.authorize(url, response, true);
      case "/.well-known/jwks.json":
        return send(200, { keys: [jwk] });
      case "/token": {
        const claims = claimsOf(url.searchParams);
        if ("error" in claims) return send(400, claims);
        issue(claims).then(
          (token) => send(200, { token, claims }),
          () => send(500, { error: "could not sign" }),
        );
        return;
      }
      default:
        return send(404, {
          error: "not found: /.well-known/openid-configuration, /.well-known/jwks.json, /token?sub=…, /authorize, /oauth/token",
        });
    }
  });

  return {
    issue,
    listen: (port, host) =>
      new Promise((resolve) =>
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host}:${typeof address === "object" && address ? address.port : port}`);
        }),
      ),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (a gateway fetching the JWKS, a browser) would hold the close open.
        server.closeAllConnections();
      }),
  };
}

function sign(key: PrivateKey, kid: string, issuer: string, audience: string, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid, typ: "JWT" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("12h")
    .sign(key);
}

/** The token's claims from the query string, in the shape docs/gateway.md describes. */
function claimsOf(params: URLSearchParams): (Record<string, unknown> & { sub: string }) | { error: string } {
  const sub = params.get("sub");
  if (!sub)
    return {
      error: "sub is required, e.g. /token?sub=0b000000-0000-4000-8000-000000000001&kind=professional&org=…&roles=social_worker",
    };
  const kind = params.get("kind") ?? "professional";
  if (!(KINDS as readonly string[]).includes(kind)) return { error: `kind must be one of ${KINDS.join(", ")}` };
  const claims: Record<string, unknown> & { sub: string } = { sub, silta_kind: kind };
  const org = params.get("org");
  if (org) claims["silta_org"] = org;
  const roles = params.get("roles");
  claims["roles"] = roles ? roles.split(",").filter(Boolean) : [];
  const scope = params.get("scope");
  if (scope) claims["scope"] = scope;
  if (kind === "system") claims["client_id"] = sub;
  return claims;
}
