/** Computations in progress, per owner (a subgraph's database client), by what they compute. */
const running = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `compute`, unless an identical computation (same owner and key) is still running: then its
 * answer is shared. For the reports, which are the same for every viewer allowed to read them and
 * cost a second of PostgreSQL each: eight managers opening the same report at nine o'clock cost one
 * computation, not eight queued behind each other. Nothing is kept once it is answered, so a report
 * is never older than the computation in progress when it was asked for.
 */
export function shareWhileRunning<T>(owner: object, key: string, compute: () => Promise<T>): Promise<T> {
  let byKey = running.get(owner);
  if (!byKey) {
    byKey = new Map();
    running.set(owner, byKey);
  }
  const existing = byKey.get(key) as Promise<T> | undefined;
  if (existing) return existing;
  const computing = compute().finally(() => byKey.delete(key));
  byKey.set(key, computing);
  return computing;
}
