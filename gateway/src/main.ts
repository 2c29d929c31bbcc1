import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createLogger, exitOnStartupError, onShutdown, viewerKey, type Logger } from "@silta/kernel";
import { createDevTokenIssuer } from "./auth/devTokenIssuer";
import { createOidcVerifier } from "./auth/oidcVerifier";
import type { TokenVerifier } from "./auth/TokenVerifier";
import { loadGatewayConfig, type GatewayConfig } from "./config";
import { createGateway } from "./createGateway";

/** Servers mode: the gateway as its own process (one container), in front of the five subgraph services. */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const log = createLogger({ service: "gateway", level: config.LOG_LEVEL });
  const supergraphPath = resolve(config.SUPERGRAPH_PATH);
  const supergraphSdl = await readFile(supergraphPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `SUPERGRAPH_PATH: cannot read ${supergraphPath} (${error.code ?? error.message}); run \`npm run compose\` or point it at a supergraph file.`,
    );
  });
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    verifier: await verifierFor(config, log),
    viewerKey: viewerKey(config.VIEWER_SIGNING_SECRET),
    log,
    introspection: config.NODE_ENV !== "production",
  });
  await gateway.start(config.PORT, config.HOST);
  // Keyed by subgraph name: a field called `name` would be redacted as personal data by the logger.
  log.info(
    { supergraph: supergraphPath, subgraphs: Object.fromEntries(gateway.subgraphs.map(({ name, url }) => [name, url])) },
    "routing to subgraphs",
  );
  onShutdown(log, gateway.stop);
}

async function verifierFor(config: GatewayConfig, log: Logger): Promise<TokenVerifier> {
  if (config.oidc) return createOidcVerifier(config.oidc);
  // Only reachable outside production (the config refuses production without OIDC). The key file is
  // the one the embedded hub uses, so tokens printed by `npm start` work here too.
  const keyFile = resolve(join(config.SILTA_DATA_DIR, "dev-issuer-key.json"));
  log.warn({ keyFile }, "OIDC is not configured: accepting development tokens (never do this in production)");
  return (await createDevTokenIssuer({ keyFile })).verifier;
}

main().catch(exitOnStartupError);
