import pg from "pg";
import { testDatabaseUrl } from "./testServices";

/**
 * A second session that holds a table locked, and a third that watches who waits on it: how the
 * deadline tests make a statement wait for as long as they like without a slow query of its own.
 */
export interface TableLock {
  /** Runs `work` while this session holds `table` (schema-qualified) in ACCESS EXCLUSIVE mode. */
  whileLocked<T>(table: string, work: () => Promise<T>): Promise<T>;
  /** Statements waiting on the lock now: a statement cancelled by its deadline leaves this count. */
  blocked(): Promise<number>;
  close(): Promise<void>;
}

export async function openTableLock(): Promise<TableLock> {
  const locker = new pg.Client({ connectionString: testDatabaseUrl() });
  const observer = new pg.Client({ connectionString: testDatabaseUrl() });
  await locker.connect();
  await observer.connect();
  const lockerPid = (await locker.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  return {
    async whileLocked(table, work) {
      await locker.query("BEGIN");
      await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      try {
        return await work();
      } finally {
        await locker.query("ROLLBACK");
      }
    },
    async blocked() {
      const { rows } = await observer.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
        [lockerPid],
      );
      return Number(rows[0]!.n);
    },
    async close() {
      await locker.end();
      await observer.end();
    },
  };
}

/** Polls `condition` every 20 ms until it holds (true) or `ms` have passed (false). */
export async function eventually(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (await condition()) return true;
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
