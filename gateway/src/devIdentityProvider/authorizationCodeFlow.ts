import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml } from "../ide/escapeHtml";

/** A public client (no secret) allowed to sign people in: the web app, with its registered redirect URIs. */
export interface PublicClient {
  clientId: string;
  redirectUris: readonly string[];
}

type Claims = Record<string, unknown> & { sub: string };

interface PendingCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  scope: string;
  claims: Claims;
  expiresAt: number;
}

const CODE_LIFETIME_MS = 60_000;
/** The fields of the sign-in form; everything else in the request is the authorization request. */
const PERSON_FIELDS = ["sub", "kind", "org", "roles"];
/**
 * The sign-in page's policy: nothing but the form, which posts here and is then redirected to the
 * client (Chrome checks form-action on the redirect too, so the client's origin is allowed).
 */
const formPolicy = (redirectOrigins: readonly string[]) =>
  `default-src 'none'; form-action ${["'self'", ...redirectOrigins].join(" ")}; frame-ancestors 'none'; base-uri 'none'`;

export interface AuthorizationCodeFlowOptions {
  issuer: string;
  clients: readonly PublicClient[];
  /** Turns the person's choice on the sign-in page into token claims (as `GET /token` does), or says what is wrong. */
  claimsOf(params: URLSearchParams): Claims | { error: string };
  /** Signs the access token (audience: the gateway) and the ID token (audience: the client). */
  signAccessToken(claims: Claims): Promise<string>;
  signIdToken(claims: Claims, clientId: string, nonce: string | undefined): Promise<string>;
}

/**
 * OAuth 2.0 authorization code with PKCE (RFC 7636, S256 only) for the development provider, so the
 * web app's production sign-in runs end to end without a real provider: `GET /authorize` shows a
 * sign-in form (anyone may be anyone: development only), `GET /authorize/approve` redirects back
 * with a one-time code, `POST /oauth/token` exchanges it for tokens when the verifier matches.
 * Redirect URIs must be registered exactly; codes live a minute and work once.
 */
export function authorizationCodeFlow(options: AuthorizationCodeFlowOptions) {
  const codes = new Map<string, PendingCode>();

  function authorize(url: URL, response: ServerResponse, approve: boolean): void {
    const params = url.searchParams;
    const client = options.clients.find(({ clientId }) => clientId === params.get("client_id"));
    const redirectUri = params.get("redirect_uri") ?? "";
    // Never redirect to an address that is not registered: show the error here instead.
    if (!client || !client.redirectUris.includes(redirectUri)) {
      return page(
        response,
        400,
        "<h1>Unknown client or redirect URI</h1><p>Register the client and its redirect URI with the provider.</p>",
      );
    }
    const back = new URL(redirectUri);
    const state = params.get("state");
    if (state) back.searchParams.set("state", state);
    back.searchParams.set("iss", options.issuer);
    const fail = (error: string, description: string) => {
      back.searchParams.set("error", error);
      back.searchParams.set("error_description", description);
      redirect(response, back.href);
    };
    if (params.get("response_type") !== "code") return fail("unsupported_response_type", "only response_type=code");
    const codeChallenge = params.get("code_challenge") ?? "";
    if (params.get("code_challenge_method") !== "S256" || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
      return fail("invalid_request", "PKCE is required: code_challenge_method=S256 and a code_challenge");
    }
    if (!approve) return page(response, 200, signInForm(params), [back.origin]);
    // The person's answers only: the OAuth parameters (scope among them) are not claims.
    const answers = new URLSearchParams([...params].filter(([name]) => PERSON_FIELDS.includes(name)));
    const claims = options.claimsOf(answers);
    if (typeof claims["error"] === "string") {
      return page(response, 400, `<h1>Cannot sign in</h1><p>${escapeHtml(claims["error"])}</p>`);
    }
    const code = randomBytes(32).toString("base64url");
    codes.set(code, {
      clientId: client.clientId,
      redirectUri,
      codeChallenge,
      nonce: params.get("nonce") ?? undefined,
      scope: params.get("scope") ?? "",
      claims: claims as Claims,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    back.searchParams.set("code", code);
    redirect(response, back.href);
  }

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedOrigin = originAllowed(request.headers.origin);
    if (allowedOrigin) response.setHeader("access-control-allow-origin", allowedOrigin);
    const form = new URLSearchParams(await readText(request));
    const refuse = (error: string, description: string) => json(response, 400, { error, error_description: description });
    if (form.get("grant_type") !== "authorization_code") return refuse("unsupported_grant_type", "only authorization_code");
    const code = form.get("code") ?? "";
    const pending = codes.get(code);
    // One use only, whatever happens next.
    codes.delete(code);
    if (!pending || pending.expiresAt < Date.now()) return refuse("invalid_grant", "unknown, used or expired code");
    if (pending.clientId !== form.get("client_id") || pending.redirectUri !== form.get("redirect_uri")) {
      return refuse("invalid_grant", "client_id or redirect_uri differ from the authorization request");
    }
    const challenge = createHash("sha256")
      .update(form.get("code_verifier") ?? "")
      .digest("base64url");
    if (challenge !== pending.codeChallenge) return refuse("invalid_grant", "code_verifier does not match the code_challenge");
    const accessToken = await options.signAccessToken(pending.claims);
    const idToken = pending.scope.split(" ").includes("openid")
      ? await options.signIdToken({ sub: pending.claims.sub }, pending.clientId, pending.nonce)
      : undefined;
    json(response, 200, {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: 12 * 3600,
      scope: pending.scope,
      ...(idToken ? { id_token: idToken } : {}),
    });
  }

  /** The browser calls the token endpoint from the app's origin: CORS for registered origins only. */
  function originAllowed(origin: string | undefined): string | undefined {
    if (!origin) return undefined;
    return options.clients.some(({ redirectUris }) => redirectUris.some((uri) => new URL(uri).origin === origin))
      ? origin
      : undefined;
  }

  function preflight(request: IncomingMessage, response: ServerResponse): void {
    const origin = originAllowed(request.headers.origin);
    if (origin) {
      response.setHeader("access-control-allow-origin", origin);
      response.setHeader("access-control-allow-methods", "POST");
      response.setHeader("access-control-allow-headers", "content-type, accept");
      response.setHeader("access-control-max-age", "600");
    }
    response.statusCode = 204;
    response.end();
  }

  return { authorize, token, preflight };
}

/** The sign-in page: who to be. The authorization request travels on in hidden fields. */
function signInForm(params: URLSearchParams): string {
  const hidden = [...params.entries()]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("\n");
  const field = (name: string, label: string, value = "") =>
    `<p><label>${label}<br><input name="${name}" value="${escapeHtml(value)}" size="50"></label></p>`;
  return `<h1>Development sign-in</h1>
<p>Anyone may sign in as anyone here: never use this provider with real data.</p>
<form method="get" action="/authorize/approve">
${hidden}
${field("sub", "Subject (the person's id)")}
<p><label>Kind<br><select name="kind"><option>professional</option><option>client</option></select></label></p>
${field("org", "Organisation id")}
${field("roles", "Roles (comma-separated)")}
<p><button type="submit">Sign in</button></p>
</form>`;
}

function page(response: ServerResponse, status: number, body: string, redirectOrigins: readonly string[] = []): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": formPolicy(redirectOrigins),
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
  });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development sign-in</title></head><body>${body}</body></html>`,
  );
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, "cache-control": "no-store", "referrer-policy": "no-referrer" });
  response.end();
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", pragma: "no-cache" });
  response.end(JSON.stringify(body));
}

async function readText(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  return text;
}
