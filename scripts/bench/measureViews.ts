import type { Sql } from "@silta/kernel";
import type { DecisionTimer } from "./decisionTimer";
import type { View } from "./everydayViews";
import { errorCodes, type GraphqlCaller } from "./graphqlCaller";
import { concurrent, durationOf, quantile, sequential, type Timing } from "./latency";
import type { WarmUp } from "./warmUp";

/** What one view measured: gateway single and at `connections`, raw SQL, decisions, log. */
export interface ViewResult {
  name: string;
  singleMedian: number;
  singleP95: number;
  concurrentP95: number;
  rawMedian: number;
  rawP95: number;
  /** Share of the single requests' time during which an access decision call was open. */
  decisionShare: number;
  /** Access log growth per entry (one entry is one client read of one request), in bytes; NaN when none were written. */
  logBytesPerClientRead: number;
  logEntriesPerRequest: number;
  /** Clients the answer showed (the last single request's). */
  clientsShown: number;
  /** Access log growth per client shown, in bytes: a client shown by a view of several subgraphs is read (and logged) by each. */
  logBytesPerClientShown: number;
  /** Failed requests, the warm-up's included. */
  failed: number;
  errors: string[];
  /** How the hub was brought to its steady state first (with {@link MeasureSettings.warmUp}). */
  warmUp?: WarmUp;
}

export interface MeasureSettings {
  caller: GraphqlCaller;
  tokens: Record<View["viewer"], string>;
  /** The hub's database, as its owner. */
  sql: Sql;
  decisions: DecisionTimer;
  runs: number;
  connections: number;
  /**
   * Runs the loaded phase, unmeasured, until the hub is steady (warmUp.ts), before anything is
   * measured. Default: three requests (plans cached, pools opened, not the JIT's steady state).
   */
  warmUp?: (loadedPhase: () => Promise<Timing[]>) => Promise<WarmUp>;
  /** Wraps the phase with `connections` requests in flight (to profile it). Default: runs it as it is. */
  aroundLoaded?: (phase: () => Promise<Timing[]>) => Promise<Timing[]>;
}

export async function measureView(view: View, settings: MeasureSettings): Promise<ViewResult> {
  const { caller, tokens, sql, decisions, runs, connections } = settings;
  const errors: string[] = [];
  let clientsShown = 0;
  const call = async () => {
    const answer = await caller.post(tokens[view.viewer], view.query, view.variables);
    clientsShown = view.clientsShown(answer.data);
    const codes = errorCodes(answer);
    errors.push(...codes);
    return codes.length === 0 && answer.data !== undefined && answer.data !== null;
  };
  const loadedPhase = () => concurrent(Math.max(runs, connections * 4), connections, call);
  const warmUp = settings.warmUp ? await settings.warmUp(loadedPhase) : undefined;
  if (!warmUp) for (let i = 0; i < 3; i += 1) await call();
  await sealed(sql);
  const logBefore = await accessLogSize(sql);
  const single = await sequential(runs, call);
  const logAfter = await accessLogSize(sql);
  const loaded = await (settings.aroundLoaded ?? ((phase) => phase()))(loadedPhase);
  for (let i = 0; i < 3; i += 1) await view.raw(sql);
  const raw = await sequential(runs, async () => (await view.raw(sql), true));
  const busy = single.reduce((sum, timing) => sum + decisions.busyWithin(timing.start, timing.end), 0);
  const total = single.reduce((sum, timing) => sum + durationOf(timing), 0);
  const entries = logAfter.entries - logBefore.entries;
  return {
    name: view.name,
    singleMedian: quantile(single.map(durationOf), 0.5),
    singleP95: quantile(single.map(durationOf), 0.95),
    concurrentP95: quantile(loaded.map(durationOf), 0.95),
    rawMedian: quantile(raw.map(durationOf), 0.5),
    rawP95: quantile(raw.map(durationOf), 0.95),
    decisionShare: total > 0 ? busy / total : Number.NaN,
    logBytesPerClientRead: entries > 0 ? (logAfter.bytes - logBefore.bytes) / entries : Number.NaN,
    logEntriesPerRequest: entries / runs,
    clientsShown,
    logBytesPerClientShown:
      entries > 0 && clientsShown > 0 ? (logAfter.bytes - logBefore.bytes) / (runs * clientsShown) : Number.NaN,
    failed: [...single, ...loaded].filter((timing: Timing) => timing.failed).length + (warmUp?.failed ?? 0),
    errors: [...new Set(errors)],
    ...(warmUp ? { warmUp } : {}),
  };
}

/**
 * The access log's size: every partition of the entries and of their batches' contexts (none in a
 * database migrated before 2026-12-06), their indexes and the seals. Relations grow by whole pages,
 * so the bytes per entry are only meaningful over many entries (a run writes thousands).
 */
export async function accessLogSize(sql: Sql): Promise<{ bytes: number; entries: number }> {
  const [row] = await sql.query<{ bytes: string; entries: string }>(
    `SELECT (SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree('consents.access_log'))
              + (SELECT coalesce(sum(pg_total_relation_size(relid)), 0)
                   FROM pg_partition_tree(to_regclass('consents.access_log_context')))
              + pg_total_relation_size('consents.access_log_seal') AS bytes,
            (SELECT count(*) FROM consents.access_log) AS entries`,
  );
  return { bytes: Number(row?.bytes ?? 0), entries: Number(row?.entries ?? 0) };
}

/** Waits until the sealer has caught up (at most 10 s), so its batch work is not inside a measurement. */
async function sealed(sql: Sql): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const [row] = await sql
      .query<{ open: boolean }>(
        `SELECT (SELECT count(*) FROM consents.access_log) > (SELECT coalesce(sum(entries), 0) FROM consents.access_log_seal) AS open`,
      )
      .catch(() => [{ open: false }]);
    if (!row?.open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
