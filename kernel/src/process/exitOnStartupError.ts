import { ConfigError } from "../config";

/** Start-up failures end the process with a message a person can act on, not a stack trace. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("Silta could not start:", error instanceof Error ? error.message : error);
    if (process.env["LOG_LEVEL"] === "debug" && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
}
