import {
  createLogger,
  InProcessEventBus,
  type EventBus,
  foundationPolicy,
  type AccessLogEntry,
  type AccessPolicy,
  type Database,
  type SubgraphDependencies,
  type SubgraphModule,
  type Viewer,
} from "@silta/kernel";
import { signedViewerHeaders, testViewerKey } from "./viewers";

/** The identity code hash key of every test subgraph; never used outside tests. */
export const TEST_IDENTITY_CODE_HASH_KEY = "test-only-identity-code-hash-key-0123456789";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface SubgraphHarness {
  url: string;
  /** Access log entries written so far, in order. */
  accessLog: AccessLogEntry[];
  /**
   * Runs an operation as `viewer` (signed like the gateway signs it); `null` sends no viewer at all.
   * `headers` go along as they are (an Idempotency-Key, say).
   */
  query<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    viewer: Viewer | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Default: a fresh in-process bus, so tests can publish to and read from it. */
  bus?: EventBus;
  /** Default: the foundation policy with `controllerOrganizationIds`. */
  accessPolicy?: AccessPolicy;
  controllerOrganizationIds?: string[];
  /** The subgraph's maximum request deadline (`REQUEST_DEADLINE_MS`). Default: the kernel's. */
  requestDeadlineMs?: number;
  /** The process's metrics and who may read `/metrics`, as servers mode gives them. Default: no `/metrics`. */
  metrics?: SubgraphDependencies["metrics"];
}

/** Starts one subgraph on a free port over the given database, as its runner would. */
export async function startSubgraph(
  module: SubgraphModule,
  database: Database,
  options: HarnessOptions = {},
): Promise<SubgraphHarness> {
  const accessLog: AccessLogEntry[] = [];
  const service = module.create({
    database,
    viewerKey: testViewerKey,
    log: createLogger({ service: module.name, level: "silent" }),
    accessPolicy:
      options.accessPolicy ?? foundationPolicy({ controllerOrganizationIds: new Set(options.controllerOrganizationIds ?? []) }),
    accessLog: { append: async (entries) => void accessLog.push(...entries) },
    bus: options.bus ?? new InProcessEventBus(),
    settings: {
      identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY,
      timeZone: "Europe/Helsinki",
      requestDeadlineMs: options.requestDeadlineMs,
    },
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const url = await service.start(0);
  return {
    url,
    accessLog,
    async query(query, variables, viewer, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...headers,
          ...(viewer ? await signedViewerHeaders(viewer, module.name) : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    stop: () => service.stop(),
  };
}
