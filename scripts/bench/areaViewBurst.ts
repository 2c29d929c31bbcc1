import { errorCodes, type GraphqlCaller } from "./graphqlCaller";
import { durationOf, quantile, type Timing } from "./latency";
import { performance } from "node:perf_hooks";

export interface BurstViewer {
  token: string;
  teamId: string;
}

export interface BurstResult {
  requests: number;
  p50: number;
  p95: number;
  /** Errors whose code says a subgraph or a decision timed out. */
  timeouts: number;
  /** Subgraph circuits seen open (the gateway's breaker gauge, polled during the burst), and errors saying so. */
  circuitsOpened: number;
  circuitErrors: number;
  /** Answers that showed a viewer fewer clients than the same viewer saw alone, or any FORBIDDEN. */
  denials: number;
  otherErrors: string[];
}

const query = `query AreaTeam($id: ID!) { team(id: $id) { clients(first: 50) { edges { node { id firstName lastName birthDate } } } } }`;

const clientsShown = (data: unknown): number =>
  (data as { team?: { clients?: { edges?: unknown[] } } } | null)?.team?.clients?.edges?.length ?? 0;

/**
 * Every viewer opens their area team's first page at the same moment, `rounds` times. What each
 * viewer sees alone first is the expectation: an answer under load with fewer clients, or with a
 * FORBIDDEN, is a denial the rules would not give.
 */
export async function areaViewBurst(
  caller: GraphqlCaller,
  gatewayUrl: string,
  viewers: readonly BurstViewer[],
  rounds: number,
): Promise<BurstResult> {
  const expected = new Map<BurstViewer, number>();
  for (const viewer of viewers) {
    expected.set(viewer, clientsShown((await caller.post(viewer.token, query, { id: viewer.teamId })).data));
  }
  const openSubgraphs = new Set<string>();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      for (const subgraph of await openCircuits(gatewayUrl)) openSubgraphs.add(subgraph);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const timings: Timing[] = [];
  const codes: string[] = [];
  let denials = 0;
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all(
      viewers.map(async (viewer) => {
        const start = performance.now();
        const answer = await caller.post(viewer.token, query, { id: viewer.teamId });
        timings.push({ start, end: performance.now(), failed: answer.errors !== undefined });
        const answerCodes = errorCodes(answer);
        codes.push(...answerCodes);
        if (clientsShown(answer.data) < expected.get(viewer)! || answerCodes.some((code) => code.startsWith("FORBIDDEN")))
          denials += 1;
      }),
    );
  }
  polling = false;
  await poller;
  const durations = timings.map(durationOf);
  const isTimeout = (code: string) => /TIMEOUT|TIMED_OUT|decision_unavailable/i.test(code);
  const isCircuit = (code: string) => /CIRCUIT|SUBGRAPH_UNAVAILABLE/i.test(code);
  return {
    requests: timings.length,
    p50: quantile(durations, 0.5),
    p95: quantile(durations, 0.95),
    timeouts: codes.filter(isTimeout).length,
    circuitsOpened: openSubgraphs.size,
    circuitErrors: codes.filter(isCircuit).length,
    denials,
    otherErrors: [...new Set(codes.filter((code) => !isTimeout(code) && !isCircuit(code)))],
  };
}

/** Subgraphs whose circuit the gateway's `/metrics` shows open or half-open now. */
async function openCircuits(gatewayUrl: string): Promise<string[]> {
  const text = await fetch(gatewayUrl.replace(/\/graphql$/, "/metrics"), { signal: AbortSignal.timeout(2_000) })
    .then((response) => response.text())
    .catch(() => "");
  return [...text.matchAll(/^silta_gateway_circuit_breaker_state\{subgraph="([^"]+)"\} ([0-9.]+)$/gm)]
    .filter((match) => Number(match[2]) > 0)
    .map((match) => match[1]!);
}
