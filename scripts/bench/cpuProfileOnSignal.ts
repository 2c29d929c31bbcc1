import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

/**
 * Preloaded (`--import`) into each process of the benchmark's hub when `bench:views --cpu-profile`
 * asks for it: SIGUSR2 starts the CPU profiler, the next SIGUSR2 stops it and writes
 * `<SILTA_CPU_PROFILE_DIR>/<SILTA_CPU_PROFILE_NAME>-<n>.cpuprofile`. Signals, not `--cpu-prof`, so the
 * profile holds one measured phase and not the process's start (module loading would outweigh it).
 */
const dir = process.env["SILTA_CPU_PROFILE_DIR"];
const name = process.env["SILTA_CPU_PROFILE_NAME"] ?? String(process.pid);
if (dir) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  let busy = Promise.resolve();
  process.on("SIGUSR2", () => {
    busy = busy.then(async () => {
      if (!running) {
        await session.post("Profiler.enable");
        // 200 µs between samples: a request costs a few ms of CPU per process, so 1 ms samples would be too coarse.
        await session.post("Profiler.setSamplingInterval", { interval: 200 });
        await session.post("Profiler.start");
        running = true;
        return;
      }
      const { profile } = await session.post("Profiler.stop");
      running = false;
      written += 1;
      writeFileSync(join(dir, `${name}-${written}.cpuprofile`), JSON.stringify(profile));
    });
  });
}
