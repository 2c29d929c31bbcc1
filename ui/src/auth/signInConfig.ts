import type { WebAppConfig } from "@silta/gateway/webAppConfig";
import { fetchDevelopmentUsers } from "./developmentUsers";

export type { WebAppConfig };

/** Where the hub serves the app's settings (gateway/src/webApp/webAppRoute.ts). */
export const CONFIG_PATH = "/app/config.json";

/**
 * How people sign in here, from the hub: the demo users (development), OIDC with PKCE (production),
 * or nobody. Without understandable settings (the Vite dev server against an older hub) the IDE's
 * demo users are the fallback.
 */
export async function fetchSignInConfig(fetchJson: typeof fetch = fetch): Promise<WebAppConfig> {
  try {
    const response = await fetchJson(CONFIG_PATH, { headers: { accept: "application/json" }, cache: "no-store" });
    if (response.ok) {
      const config = (await response.json()) as Partial<WebAppConfig> | null;
      if (isSignIn(config?.signIn)) return { graphqlPath: config?.graphqlPath ?? "/graphql", signIn: config.signIn };
    }
  } catch {
    // Fall through to the IDE's users.
  }
  return { graphqlPath: "/graphql", signIn: { kind: "development", users: await fetchDevelopmentUsers() } };
}

/** A sign-in setting the app understands; anything else (an older hub, an error page) is ignored. */
function isSignIn(value: unknown): value is WebAppConfig["signIn"] {
  if (typeof value !== "object" || value === null) return false;
  const { kind } = value as { kind?: unknown };
  if (kind === "development") return Array.isArray((value as { users?: unknown }).users);
  if (kind === "oidc") {
    const settings = value as Record<string, unknown>;
    return ["issuer", "authorizationEndpoint", "tokenEndpoint", "clientId", "scope"].every(
      (key) => typeof settings[key] === "string",
    );
  }
  return kind === "unavailable";
}
