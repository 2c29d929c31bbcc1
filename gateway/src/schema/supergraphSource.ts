import { readFile, stat } from "node:fs/promises";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "@silta/kernel";

export interface SupergraphSourceOptions {
  /** The supergraph served first. */
  initialSdl: string;
  /** A file to watch: when its content changes, the new supergraph replaces the old one. */
  file?: string;
  /** How often the file is checked, in ms. */
  pollMs: number;
  /** Checks a new supergraph before it is served (subgraph URLs); throw to keep the old one. */
  validate(sdl: string): void;
  /** Told after a new supergraph was accepted. */
  onReload?(sdl: string): void;
  log: Logger;
}

/**
 * Apollo Gateway's supergraph hook: serves the initial SDL and, when a file is given, polls it and
 * hands a changed supergraph to the gateway. The gateway swaps schemas between requests: requests
 * in flight finish on the plan they started with, and none is dropped. A supergraph that does not
 * validate or compose is logged and the old one is kept.
 */
export function supergraphSource(options: SupergraphSourceOptions): SupergraphSdlHook {
  return async ({ update }) => {
    let current = options.initialSdl;
    let timer: NodeJS.Timeout | undefined;
    let lastModified = 0;
    let checking = false;
    if (options.file) {
      const file = options.file;
      lastModified = (await stat(file).catch(() => undefined))?.mtimeMs ?? 0;
      timer = setInterval(() => {
        if (checking) return;
        checking = true;
        void (async () => {
          const modified = (await stat(file).catch(() => undefined))?.mtimeMs;
          if (modified === undefined || modified === lastModified) return;
          lastModified = modified;
          const sdl = await readFile(file, "utf8");
          if (sdl === current) return;
          try {
            options.validate(sdl);
            update(sdl);
            current = sdl;
            options.onReload?.(sdl);
            options.log.info({ supergraph: file }, "supergraph reloaded");
          } catch (error) {
            options.log.error(
              { err: error, supergraph: file },
              "the changed supergraph was refused; still serving the previous one",
            );
          }
        })()
          .catch((error: unknown) => options.log.error({ err: error }, "could not read the supergraph file"))
          .finally(() => {
            checking = false;
          });
      }, options.pollMs);
      timer.unref();
    }
    return {
      supergraphSdl: current,
      cleanup: async () => {
        if (timer) clearInterval(timer);
      },
    };
  };
}
