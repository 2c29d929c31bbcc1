import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PrivatePostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`, trust authentication. */
  url: string;
  /** Stops the server at once, as a crash or a failover would (`pg_ctl stop -m immediate`). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data folder. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder on `port`, for fault tests that stop
 * and start it: the shared server is never touched. initdb refuses to run as root, so as root the
 * server runs as the `postgres` user.
 */
export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const bin = join("/usr/lib/postgresql", readdirSync("/usr/lib/postgresql").sort().at(-1)!, "bin");
  const folder = mkdtempSync(join(tmpdir(), "silta-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(folder, Number((await run("id", ["-u", "postgres"])).stdout), Number((await run("id", ["-g", "postgres"])).stdout));
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(folder, "data");
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => void (await pg("pg_ctl", ["-D", data, "-o", options, "-l", join(folder, "log"), "-w", "start"]));
  const stop = async () => void (await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]));
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
