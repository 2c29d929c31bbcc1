/**
 * `GET /app/config.json`: what the web app reads before it shows anything, so one build runs
 * against any hub. Its shape is the contract with `ui/src/config.ts`.
 */
export interface WebAppConfig {
  /** Where the app sends its GraphQL operations (same origin). */
  graphqlPath: string;
  signIn: WebAppSignIn;
}

/** A demo user the development sign-in offers: the same tokens `npm start` prints and the IDE offers. */
export interface WebAppDemoUser {
  user: string;
  description: string;
  token: string;
}

export type WebAppSignIn =
  /** Development (embedded hub): pick a demo user; their token is in this answer, for callers on this machine only. */
  | { kind: "development"; users: readonly WebAppDemoUser[] }
  /**
   * Production: OpenID Connect authorization code flow with PKCE against the provider the gateway
   * trusts. The endpoints are given, not discovered, because the provider's address as the browser
   * reaches it may differ from its `iss` (docker-compose's dev profile: `http://dev-idp:4010` inside,
   * `http://localhost:4010` outside).
   */
  | {
      kind: "oidc";
      issuer: string;
      authorizationEndpoint: string;
      tokenEndpoint: string;
      clientId: string;
      scope: string;
    }
  /** Nobody can sign in (the hub offers no demo users and no provider is configured): the app says so. */
  | { kind: "unavailable" };

/** The origin of the token endpoint, which the browser calls itself and the CSP must therefore allow. */
export function connectOriginsOf(signIn: WebAppSignIn): string[] {
  return signIn.kind === "oidc" ? [new URL(signIn.tokenEndpoint).origin] : [];
}
