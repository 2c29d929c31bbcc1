import { join } from "node:path";
import { z } from "zod";
import { configFields, loadConfig } from "@silta/kernel";

const repositoryRoot = join(__dirname, "..", "..");
/** `SUBGRAPH_<NAME>_URL` configures the URL of the subgraph `<name>` (lower case). */
const subgraphUrlVariable = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;
/** The subgraphs of Silta's own supergraph, listed so that they are documented and always validated. */
const knownSubgraphVariables = [
  "SUBGRAPH_CLIENTS_URL",
  "SUBGRAPH_TEAMS_URL",
  "SUBGRAPH_CONSENTS_URL",
  "SUBGRAPH_FIT_URL",
  "SUBGRAPH_TRAINING_URL",
] as const;

const oidcVariables = ["OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL"] as const;

function gatewayConfigSchema(subgraphVariables: readonly string[]) {
  return z
    .object({
      NODE_ENV: configFields.nodeEnv,
      LOG_LEVEL: configFields.logLevel,
      HOST: z.string().default("127.0.0.1"),
      PORT: configFields.port(4000),
      /** The composed supergraph. Default: the repository's `schema/supergraph.graphql`. */
      SUPERGRAPH_PATH: z.string().default(join(repositoryRoot, "schema", "supergraph.graphql")),
      VIEWER_SIGNING_SECRET: configFields.signingSecret,
      OIDC_ISSUER: z.string().min(1).optional(),
      OIDC_AUDIENCE: z.string().min(1).optional(),
      OIDC_JWKS_URL: configFields.httpUrl.optional(),
      OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
      /** Where the development issuer's key is read from when OIDC is not configured (not in production). */
      SILTA_DATA_DIR: z.string().default(".silta"),
      ...Object.fromEntries(subgraphVariables.map((variable) => [variable, configFields.httpUrl.optional()])),
    })
    .superRefine((config, context) => {
      const missing = oidcVariables.filter((variable) => config[variable] === undefined);
      if (missing.length === 0) return;
      const production = config.NODE_ENV === "production";
      if (missing.length === oidcVariables.length && !production) return;
      for (const variable of missing) {
        context.addIssue({
          code: "custom",
          path: [variable],
          message: production
            ? "is required in production (the development token issuer is refused there)"
            : `is required together with ${oidcVariables.filter((other) => other !== variable).join(" and ")}`,
        });
      }
    })
    .transform((config) => {
      const settings = config as typeof config & Record<string, string | undefined>;
      return {
        NODE_ENV: config.NODE_ENV,
        LOG_LEVEL: config.LOG_LEVEL,
        HOST: config.HOST,
        PORT: config.PORT,
        SUPERGRAPH_PATH: config.SUPERGRAPH_PATH,
        VIEWER_SIGNING_SECRET: config.VIEWER_SIGNING_SECRET,
        SILTA_DATA_DIR: config.SILTA_DATA_DIR,
        /** Subgraph URLs by subgraph name; subgraphs not named keep the supergraph's URL. */
        subgraphUrls: Object.fromEntries(
          subgraphVariables.flatMap((variable) => {
            const url = settings[variable];
            return url ? [[subgraphNameOf(variable), url]] : [];
          }),
        ) as Record<string, string>,
        /** Set when OIDC is configured; otherwise (never in production) the development issuer's tokens are accepted. */
        oidc:
          config.OIDC_ISSUER && config.OIDC_AUDIENCE && config.OIDC_JWKS_URL
            ? {
                issuer: config.OIDC_ISSUER,
                audience: config.OIDC_AUDIENCE,
                jwksUrl: config.OIDC_JWKS_URL,
                clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
              }
            : undefined,
      };
    });
}

export type GatewayConfig = z.infer<ReturnType<typeof gatewayConfigSchema>>;

/**
 * The gateway's environment, parsed once; every problem is reported at once. Besides the five
 * named subgraph variables, any `SUBGRAPH_<NAME>_URL` is read, so the gateway boots from any
 * supergraph file with its URLs from configuration.
 */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const extra = Object.keys(env).filter((variable) => subgraphUrlVariable.test(variable));
  const subgraphVariables = [...new Set<string>([...knownSubgraphVariables, ...extra])];
  return loadConfig(gatewayConfigSchema(subgraphVariables), env);
}

function subgraphNameOf(variable: string): string {
  return (subgraphUrlVariable.exec(variable)?.[1] ?? variable).toLowerCase();
}
