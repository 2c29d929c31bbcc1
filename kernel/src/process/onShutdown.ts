import type { Logger } from "../log";

/**
 * A repeat within this window is the same Ctrl-C arriving twice: the terminal signals the whole
 * process group, and a wrapper such as tsx or npm relays it to its child as well.
 */
const DUPLICATE_SIGNAL_MS = 1_000;

/**
 * Runs `close` once on SIGINT or SIGTERM (Ctrl-C, `docker stop`, Kubernetes), then exits. A second
 * signal while closing exits at once, for the impatient Ctrl-C.
 */
export function onShutdown(log: Logger, close: () => Promise<void>): void {
  let closingSince: number | undefined;
  const handle = (signal: NodeJS.Signals) => {
    if (closingSince !== undefined) {
      if (Date.now() - closingSince > DUPLICATE_SIGNAL_MS) process.exit(130);
      return;
    }
    closingSince = Date.now();
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
  process.on("SIGINT", handle);
  process.on("SIGTERM", handle);
}
