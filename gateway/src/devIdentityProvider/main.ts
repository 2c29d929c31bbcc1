import { z } from "zod";
import { configFields, createLogger, exitOnStartupError, invokedAs, loadConfig, onShutdown } from "@silta/kernel";
import { createDevIdentityProvider } from "./devIdentityProvider";

/**
 * `npx tsx gateway/src/devIdentityProvider/main.ts`: the development identity provider of
 * docker-compose's `dev` profile. Refuses NODE_ENV=production: it gives a token to anyone.
 */
async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(
      `usage: ${invokedAs()}\n\nA development OpenID Connect provider: discovery, JWKS and GET /token?sub=…&kind=…&org=…&roles=…&scope=….\nAlso the authorization code flow with PKCE (GET /authorize, POST /oauth/token) for the web app.\nEnvironment: PORT (default 4010), HOST, DEV_IDP_ISSUER (default http://localhost:<PORT>), DEV_IDP_PUBLIC_URL (default the issuer), OIDC_AUDIENCE (default silta), DEV_IDP_CLIENT_ID (default silta-web), DEV_IDP_REDIRECT_URIS (comma-separated, default http://localhost:4000/app/).`,
    );
    return;
  }
  const config = loadConfig(
    z.object({
      NODE_ENV: configFields.nodeEnv.refine(
        (value) => value !== "production",
        "is production: the development identity provider gives a token to anyone and never runs in production",
      ),
      HOST: z.string().default("127.0.0.1"),
      PORT: configFields.port(4010),
      DEV_IDP_ISSUER: configFields.httpUrl.optional(),
      /** Where a browser reaches the provider, when not at the issuer's address. */
      DEV_IDP_PUBLIC_URL: configFields.httpUrl.optional(),
      DEV_IDP_CLIENT_ID: z.string().min(1).default("silta-web"),
      DEV_IDP_REDIRECT_URIS: z.string().min(1).default("http://localhost:4000/app/"),
      OIDC_AUDIENCE: z.string().min(1).default("silta"),
    }),
  );
  const log = createLogger({ service: "dev-idp", level: "info" });
  const issuer = config.DEV_IDP_ISSUER ?? `http://localhost:${config.PORT}`;
  const provider = await createDevIdentityProvider({
    issuer,
    audience: config.OIDC_AUDIENCE,
    publicUrl: config.DEV_IDP_PUBLIC_URL,
    clients: [
      {
        clientId: config.DEV_IDP_CLIENT_ID,
        redirectUris: config.DEV_IDP_REDIRECT_URIS.split(",")
          .map((uri) => uri.trim())
          .filter(Boolean),
      },
    ],
  });
  const url = await provider.listen(config.PORT, config.HOST);
  log.info({ url, issuer }, "development identity provider ready: GET /token?sub=…");
  onShutdown(log, () => provider.close());
}

main().catch(exitOnStartupError);
