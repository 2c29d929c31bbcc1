/** A demo user of the embedded hub, as the gateway's development IDE offers them. */
export interface DevelopmentUser {
  /** Short name, e.g. `socialWorker`. */
  user: string;
  /** Who the user is and what they may do. */
  description: string;
  /** Their development token, issued by the hub's development issuer. */
  token: string;
}

/**
 * The demo users' development tokens, read from the gateway's IDE page (`GET /ide`), which carries
 * them in a JSON data block for callers on the same machine only and only when the hub runs
 * embedded. Reusing that page keeps one place that hands out development tokens; in production the
 * IDE is off and this returns an empty list, leaving OIDC sign-in.
 */
export async function fetchDevelopmentUsers(idePath = "/ide", fetchPage: typeof fetch = fetch): Promise<DevelopmentUser[]> {
  let html: string;
  try {
    const response = await fetchPage(idePath, { headers: { accept: "text/html" }, cache: "no-store" });
    if (!response.ok) return [];
    html = await response.text();
  } catch {
    return [];
  }
  return developmentUsersFromIdePage(html);
}

/** The tokens of the IDE page's `#silta-ide-settings` block; an empty list when it has none. */
export function developmentUsersFromIdePage(html: string): DevelopmentUser[] {
  const page = new DOMParser().parseFromString(html, "text/html");
  const settings = page.getElementById("silta-ide-settings")?.textContent;
  if (!settings) return [];
  try {
    const parsed = JSON.parse(settings) as { tokens?: unknown };
    if (!Array.isArray(parsed.tokens)) return [];
    return parsed.tokens.filter(
      (entry): entry is DevelopmentUser =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as DevelopmentUser).user === "string" &&
        typeof (entry as DevelopmentUser).token === "string" &&
        typeof (entry as DevelopmentUser).description === "string",
    );
  } catch {
    return [];
  }
}
