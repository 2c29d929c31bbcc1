import type { ServerResponse } from "node:http";

/**
 * The Content-Security-Policy of the gateway's own pages (`/` and the IDE): scripts, styles and
 * requests only from this origin, no inline script, no frames. `data:` is allowed for images and
 * fonts alone, because GraphiQL's stylesheet inlines its icons and fonts that way; neither can run
 * code or reach another host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Sets the CSP and the headers that keep a page from being sniffed, framed or leaking its URL. */
export function setPageSecurityHeaders(response: ServerResponse): void {
  response.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("x-frame-options", "DENY");
  response.setHeader("referrer-policy", "no-referrer");
}
