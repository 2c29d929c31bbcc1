import type { ServerResponse } from "node:http";

export interface WebAppPolicyOptions {
  /**
   * Origins besides this one that the app's scripts may call: the identity provider's token
   * endpoint, which the browser itself calls to exchange the authorization code (PKCE). Default none.
   */
  connectOrigins?: readonly string[];
}

/**
 * The web app's Content-Security-Policy. Stricter than the IDE's: the app is our own build, so
 * nothing inline (no `'unsafe-inline'` for scripts or styles; React and the charts set styles
 * through the DOM, which `style-src` does not govern), no `data:` fonts, no `eval`, no plugins, no
 * `<base>` rewriting, no form posts and no framing. Requests go to this origin only, plus, in
 * production, the identity provider's token endpoint named in `connectOrigins`.
 */
export function webAppContentSecurityPolicy(options: WebAppPolicyOptions = {}): string {
  const connect = ["'self'", ...(options.connectOrigins ?? [])].join(" ");
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // DOM XSS sinks (innerHTML, script src from strings…) take no plain strings, and the app defines no
    // policy that could turn one into code: React and the charts never use them.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join("; ");
}

/** The app's CSP and the headers that keep its pages from being sniffed, framed or leaking their URL. */
export function setWebAppSecurityHeaders(response: ServerResponse, policy: string): void {
  response.setHeader("content-security-policy", policy);
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("x-frame-options", "DENY");
  // The authorization code comes back in the URL: it must never travel on in a Referer.
  response.setHeader("referrer-policy", "no-referrer");
  response.setHeader("cross-origin-opener-policy", "same-origin");
  response.setHeader("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
}
