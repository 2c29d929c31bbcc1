import type { Logger } from "../log";

/**
 * Runs `close` once on SIGINT or SIGTERM (Ctrl-C, `docker stop`, Kubernetes), then exits. A second
 * signal while closing exits at once, for the impatient Ctrl-C.
 */
export function onShutdown(log: Logger, close: () => Promise<void>): void {
  let closing = false;
  const handle = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
    log.info({ signal }, "shutting down");
    close()
      .then(() => {
        log.info("stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGINT", handle);
  process.once("SIGTERM", handle);
}
