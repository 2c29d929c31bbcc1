import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { configFields, createLogger, createRedis, exitOnStartupError, loadConfig } from "@silta/kernel";
import { parseManifest } from "./manifest";
import { registerSafelist } from "./persistedQueryStore";

/**
 * `npx tsx gateway/src/persistedQueries/register.ts <manifest.json> [--client <name>]`: adds a
 * client's operations to the safelist in Redis (REDIS_URL, REDIS_KEY_PREFIX), where every gateway
 * instance in safelist mode finds them. Registering again is harmless; an operation keeps its text.
 */
const usage = `usage: npx tsx gateway/src/persistedQueries/register.ts <manifest.json> [--client <name>]

Adds a client's operations (an Apollo persisted query manifest) to the gateway's safelist in Redis:
REDIS_URL, REDIS_KEY_PREFIX (default silta:gateway). The client's name defaults to the file's name
without .json (docs/gateway.md).`;

async function register(argv: string[]): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) return void console.log(usage);
  const unknown = argv.find((argument) => argument.startsWith("-") && argument !== "--client");
  if (unknown) throw new Error(`unknown option ${unknown}\n${usage}`);
  const clientFlag = argv.indexOf("--client");
  const client = clientFlag >= 0 ? argv[clientFlag + 1] : undefined;
  const file = argv.find((argument, index) => !argument.startsWith("--") && (clientFlag < 0 || index !== clientFlag + 1));
  if (!file || (clientFlag >= 0 && !client)) {
    throw new Error(usage);
  }
  if (!existsSync(file)) throw new Error(`${file}: no such file\n${usage}`);
  const config = loadConfig(
    z.object({
      REDIS_URL: configFields.redisUrl,
      REDIS_KEY_PREFIX: z
        .string()
        .regex(/^[A-Za-z0-9:_.-]{1,64}$/)
        .default("silta:gateway"),
    }),
  );
  const operations = parseManifest(JSON.parse(await readFile(file, "utf8")));
  const redis = createRedis(
    config.REDIS_URL,
    "silta-register-operations",
    createLogger({ service: "register-operations", level: "warn", destination: process.stderr }),
  );
  try {
    const added = await registerSafelist(redis, config.REDIS_KEY_PREFIX, client ?? basename(file, ".json"), operations);
    console.log(
      `Registered ${operations.length} operations from ${file} (${added} new) for client ${client ?? basename(file, ".json")}.`,
    );
  } finally {
    redis.disconnect();
  }
}

register(process.argv.slice(2)).catch(exitOnStartupError);
