import type { WebAppConfig } from "@silta/gateway/webAppConfig";
import { fetchDevelopmentUsers } from "./developmentUsers";

export type { WebAppConfig };

/** Where the hub serves the app's settings (gateway/src/webApp/webAppRoute.ts). */
export const CONFIG_PATH = "/app/config.json";

/**
 * How people sign in here, from the hub: the demo users (development), OIDC with PKCE (production),
 * or nobody. Without the settings (the Vite dev server against an older hub) the IDE's demo users
 * are the fallback.
 */
export async function fetchSignInConfig(fetchJson: typeof fetch = fetch): Promise<WebAppConfig> {
  try {
    const response = await fetchJson(CONFIG_PATH, { headers: { accept: "application/json" }, cache: "no-store" });
    if (response.ok) return (await response.json()) as WebAppConfig;
  } catch {
    // Fall through to the IDE's users.
  }
  return { graphqlPath: "/graphql", signIn: { kind: "development", users: await fetchDevelopmentUsers() } };
}
