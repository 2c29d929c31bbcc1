/**
 * Where a gateway's CPU went, by phase of a request, from a V8 CPU profile (`node --cpu-prof`).
 * Each sample is charged to the phase of the frame nearest to the leaf that names one, so
 * `JSON.parse` inside the subgraph data source counts as fetching and a socket write under the
 * HTTP response counts as writing. Samples outside the busy window (start-up, the warm-up's first
 * seconds, shutdown) and idle samples are left out.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface PhaseShare {
  phase: string;
  /** Share of the busy CPU time in the window, 0–1. */
  share: number;
}

type Frame = CpuProfile["nodes"][number]["callFrame"];

/** In the order they are tried on each frame; the first phase whose rule matches the frame wins. */
const PHASES: [phase: string, matches: (frame: Frame) => boolean][] = [
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
  ["authentication (ES256 bearer token)", (f) => /\/auth\/|jws_verify|jwt_verify/.test(f.url) || /^verify/.test(f.functionName)],
  ["signing the viewer per subgraph", (f) => f.functionName === "signViewer" || f.functionName === "Hmac"],
  [
    "shaping the response (compiled operation, shapeResponse)",
    (f) => /@apollo\/gateway\/dist\/resultShaping|\/execution\/(shapeResponse|compileOperation)/.test(f.url),
  ],
  [
    "merging subgraph answers (entities, representations, paths)",
    (f) =>
      f.url.includes("@apollo/gateway/dist/utilities/deepMerge") ||
      f.url.includes("@apollo/gateway/dist/dataRewrites") ||
      f.url.includes("/execution/entityRepresentations") ||
      /^(flattenResultsAtPath|executeSelectionSet|moveIntoCursor|collectAtPath|objectAtPath)$/.test(f.functionName),
  ],
  [
    "fetching (subgraph HTTP, request and answer JSON)",
    (f) =>
      /subgraphDataSource|\/subgraphs\/(subgraphRequest|subgraphExchange|retryWithinTimeout|cachePolicy)/.test(f.url) ||
      f.url.includes("node_modules/undici/") ||
      f.functionName === "sendOperation" ||
      (f.url.includes("/execution/executePlan") && f.functionName === "send"),
  ],
  [
    "planning and preparing the operation (plan cache, operation objects)",
    (f) =>
      f.url.includes("@apollo/query-planner") ||
      /\/execution\/(planExecutor|apolloGatewayInternals)/.test(f.url) ||
      /^(operationFromDocument|buildOperationContext|validateIncomingRequest)$/.test(f.functionName) ||
      f.url.includes("@apollo/gateway/dist/operationContext"),
  ],
  [
    "executing the plan (plan nodes, subgraph errors; Apollo's tracing no-ops)",
    (f) => /@apollo\/gateway\/dist|@opentelemetry|usage-reporting|\/execution\//.test(f.url),
  ],
  [
    "limits and checks (cost, scalars, rate, in-flight, depth)",
    (f) => /\/limits\/|\/scalars\/|\/rateLimit\/|graphql-armor/.test(f.url),
  ],
  [
    "serialising and writing the response",
    (f) => f.functionName === "prettyJSONStringify" || (f.url.includes("_http_outgoing") && f.functionName !== ""),
  ],
  [
    "HTTP front and Apollo Server pipeline",
    (f) =>
      /gateway\/src\/(http|pipeline)\/|kernel\/src\/http|@apollo\/server|_http_server|_http_common|\/graphql\/(language|validation|execution)/.test(
        f.url,
      ),
  ],
];
const OTHER = "other (event loop, promises, metrics, logging)";

/** The busy CPU of the profile by phase, largest first, with the busy milliseconds it covers. */
export function cpuByPhase(profile: CpuProfile, skipFirstMs = 2_500): { busyMs: number; phases: PhaseShare[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const phaseOf = new Map<number, string>();
  const phaseOfNode = (id: number): string => {
    const known = phaseOf.get(id);
    if (known) return known;
    let phase = OTHER;
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const match = PHASES.find(([, matches]) => matches(frame));
      if (match) {
        phase = match[0];
        break;
      }
    }
    phaseOf.set(id, phase);
    return phase;
  };

  // The busy window: from the first request's work (plus the warm-up's first seconds) to the last.
  const times: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((time += delta));
  const working = profile.samples
    .map((id, index) =>
      /@apollo\/gateway\/dist\/executeQueryPlan|\/execution\/executePlan/.test(byId.get(id)!.callFrame.url) ? index : -1,
    )
    .filter((index) => index >= 0);
  const totals = new Map<string, number>();
  let busy = 0;
  if (working.length > 0) {
    const from = times[working[0]!]! + skipFirstMs * 1000;
    const to = times[working[working.length - 1]!]!;
    profile.samples.forEach((id, index) => {
      const at = times[index]!;
      const name = byId.get(id)!.callFrame.functionName;
      if (at < from || at > to || name === "(idle)" || name === "(program)") return;
      const delta = profile.timeDeltas[index]!;
      const phase = phaseOfNode(id);
      totals.set(phase, (totals.get(phase) ?? 0) + delta);
      busy += delta;
    });
  }
  const phases = [...totals.entries()]
    .map(([phase, micros]) => ({ phase, share: busy > 0 ? micros / busy : 0 }))
    .sort((a, b) => b.share - a.share);
  return { busyMs: busy / 1000, phases };
}
