import { resolve } from "node:path";
import { z } from "zod";
import { configFields, createLogger, exitOnStartupError, loadConfig, onShutdown } from "@silta/kernel";
import { startHub } from "./startHub";

/** `npm start`: the whole hub in this process on embedded databases, for development and demos. */
const hubConfigSchema = z.object({
  NODE_ENV: configFields.nodeEnv,
  /** Quieter than the services' default: the start banner is what a person reads here. */
  LOG_LEVEL: configFields.logLevel.default("warn"),
  HOST: z.string().default("127.0.0.1"),
  /** The gateway's port; the subgraphs take the next six. 0 picks free ports. */
  PORT: configFields.port(4000),
  SILTA_DATA_DIR: z.string().default(".silta"),
});

async function main(): Promise<void> {
  const config = loadConfig(hubConfigSchema);
  const started = Date.now();
  const log = createLogger({ service: "hub", level: config.LOG_LEVEL });
  const dataDir = resolve(config.SILTA_DATA_DIR);
  // Each step as it begins, so a first start (migrations, the demo county) is not a silent wait.
  const onStep = (step: string) => console.log(`${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const hub = await startHub({ dataDir, port: config.PORT, host: config.HOST, log, onStep });
  // A first start leaves the demo county's generation behind as garbage that V8 would keep for a
  // long while; `npm start` exposes gc (--expose-gc) so the hub settles at a later start's size.
  (globalThis as { gc?: () => void }).gc?.();
  onShutdown(log, async () => {
    console.log("\nStopping Silta…");
    await hub.stop();
    console.log("Silta stopped.");
  });
  const lines = [
    "",
    `Silta is running (embedded, data in ${dataDir}${hub.seeded ? ", demo county created" : ""}) — ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    "",
    `  Gateway     ${hub.gatewayUrl}`,
    `  Web app     ${hub.webAppUrl}  (sign in as a demo user)`,
    `  IDE         ${new URL("/ide", hub.gatewayUrl).href}  (GraphiQL; one click picks a demo user)`,
    ...Object.entries(hub.subgraphUrls).map(
      ([name, url]) => `  ${name.padEnd(11)} ${url}  (refuses calls that do not come through the gateway)`,
    ),
    "",
    "Development tokens (valid 12 h; send as `Authorization: Bearer <token>`):",
    ...hub.tokens.flatMap(({ user, description, token }) => ["", `  ${user}: ${description}`, `  ${token}`]),
    "",
    "Try:",
    `  curl -s ${hub.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
    `    -d '{"query":"{ teams { name members { role professional { lastName fitTrainingLevel } } clients(first: 20) { edges { node { firstName consents { purpose isActive } latestOutcome { instrument total } } } } } }"}'`,
    "",
    "Ctrl-C stops everything.",
  ];
  console.log(lines.join("\n"));
}

main().catch(exitOnStartupError);
