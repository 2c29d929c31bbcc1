/** Whether a service of the hub answers its readiness probe. */
export const readyAt = (url: string) => async () =>
  (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok;

/**
 * Waits until `check` passes, polling every `pollMs`. Fails at once when a process of the hub has
 * ended meanwhile (`exited` names them): a process that cannot start (a port taken, a bad setting)
 * says why in `output`, and waiting out the bound would only hide it for minutes.
 */
export async function untilReady(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  output: () => string,
  exited: () => readonly string[],
  pollMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (exited().length > 0)
      throw new Error(`${what} was not ready: ${exited().join(", ")} ended before the hub was. It said:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s. It said:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
