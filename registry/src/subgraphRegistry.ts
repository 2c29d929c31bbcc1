import { join } from "node:path";

/**
 * One subgraph of the hub as everything else sees it: codegen, composition, the migrator, the
 * embedded hub, the gateway's configuration, the export and seed scripts, the tests and the checks of
 * docker-compose.yml all read this list. Adding a subgraph is one entry here and one folder
 * `subgraphs/<name>/` (docs/adding-a-subgraph.md).
 */
export interface SubgraphEntry {
  /**
   * The subgraph's name, and by convention its folder `subgraphs/<name>/`, its package `@silta/<name>`,
   * its SDL `schema/<name>.graphql`, its database schema in servers mode, its event stream
   * `silta:events:<name>` and its service in docker-compose.yml.
   */
  readonly name: string;
  /** Its port is the gateway's plus this: 4000 + offset by default, `PORT` + offset in the embedded hub. */
  readonly portOffset: number;
  /** The event streams it reads, by consumer group (each group gets every event of its streams once). */
  readonly consumes: readonly EventConsumer[];
  /**
   * Environment variables it reads besides those every subgraph reads (kernel `subgraphConfigSchema`);
   * docker-compose.yml may set only these and the common ones on its service.
   */
  readonly environment: readonly string[];
  /** Whether it serves data lake datasets (`/export/<name>/…`, `npm run export`). */
  readonly exportsDatasets: boolean;
  /**
   * Tables the application role may only read and append to (`npm run db:migrate` grants SELECT and
   * INSERT and no more): a service can neither change nor delete a row, nor drop the table's triggers.
   */
  readonly appendOnlyTables: readonly string[];
}

export interface EventConsumer {
  /** The consumer group, shared by every replica of the subgraph. */
  readonly group: string;
  /** The producing subgraphs whose streams the group reads. */
  readonly streams: readonly string[];
}

/** The port of the gateway; the subgraphs' default ports follow it (see {@link SubgraphEntry.portOffset}). */
export const GATEWAY_DEFAULT_PORT = 4000;

/** The subgraphs, in the order they are composed, migrated and started. */
export const subgraphs = [
  {
    name: "clients",
    portOffset: 1,
    consumes: [{ group: "clients-responsible-workers", streams: ["teams"] }],
    environment: ["SILTA_DEADLINE_RULES_PATH"],
    exportsDatasets: true,
    appendOnlyTables: [],
  },
  {
    name: "teams",
    portOffset: 2,
    // client.merged: a duplicate registration's team links, responsible workers and meetings move.
    consumes: [{ group: "teams-client-merges", streams: ["clients"] }],
    environment: [],
    exportsDatasets: true,
    appendOnlyTables: [],
  },
  {
    name: "consents",
    portOffset: 3,
    consumes: [{ group: "consents-access", streams: ["teams", "clients"] }],
    environment: [],
    exportsDatasets: true,
    // The hash-chained access log (docs/access.md).
    appendOnlyTables: [
      "access_log",
      "access_log_context",
      "access_log_entries",
      "access_log_seal",
      "access_log_v1",
      "access_log_retirement",
    ],
  },
  {
    name: "fit",
    portOffset: 4,
    // client.merged: a duplicate registration's episodes and measurements move.
    consumes: [{ group: "fit-client-merges", streams: ["clients"] }],
    environment: [],
    exportsDatasets: true,
    appendOnlyTables: [],
  },
  {
    name: "training",
    portOffset: 5,
    consumes: [{ group: "training-projection", streams: ["teams", "fit"] }],
    environment: [],
    exportsDatasets: true,
    appendOnlyTables: [],
  },
  {
    name: "integration",
    portOffset: 6,
    // Webhooks: every stream that carries events of the catalogue (docs/events.md).
    consumes: [{ group: "integration-webhooks", streams: ["teams", "clients", "consents", "fit", "training"] }],
    environment: [
      "WEBHOOK_MAX_ATTEMPTS",
      "WEBHOOK_RETRY_BASE_MS",
      "WEBHOOK_RETRY_MAX_MS",
      "WEBHOOK_TIMEOUT_MS",
      "WEBHOOK_DISPATCH_INTERVAL_MS",
    ],
    // Webhook subscriptions and deliveries are operational data of the hub, not county data for the lake.
    exportsDatasets: false,
    appendOnlyTables: [],
  },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof subgraphs)[number]["name"];

export const subgraphNames: readonly SubgraphName[] = subgraphs.map((entry) => entry.name);

const repositoryRoot = join(__dirname, "..", "..");

export function isSubgraphName(name: string): name is SubgraphName {
  return (subgraphNames as readonly string[]).includes(name);
}

export function subgraphEntry(name: SubgraphName): SubgraphEntry {
  return subgraphs.find((entry) => entry.name === name)!;
}

/** The port the subgraph listens on by default (servers mode without `PORT`). */
export function defaultPortOf(name: SubgraphName): number {
  return GATEWAY_DEFAULT_PORT + subgraphEntry(name).portOffset;
}

/** Its port in a hub whose gateway listens on `gatewayPort`. */
export function portBesideGateway(name: SubgraphName, gatewayPort: number): number {
  return gatewayPort + subgraphEntry(name).portOffset;
}

/** Absolute path of the subgraph's folder. */
export function subgraphDir(name: SubgraphName): string {
  return join(repositoryRoot, "subgraphs", name);
}

/** Absolute path of its hand-written SDL. */
export function schemaFileOf(name: SubgraphName): string {
  return join(repositoryRoot, "schema", `${name}.graphql`);
}

/** Absolute path of its `prisma/migrations`. */
export function migrationsDirOf(name: SubgraphName): string {
  return join(subgraphDir(name), "prisma", "migrations");
}

/** The gateway's variable for its URL: `SUBGRAPH_FIT_URL`. */
export function urlVariableOf(name: SubgraphName): string {
  return `SUBGRAPH_${name.toUpperCase()}_URL`;
}

/** The producing subgraphs whose streams one of its consumer groups reads. */
export function streamsReadBy(name: SubgraphName, group: string): readonly SubgraphName[] {
  const consumer = subgraphEntry(name).consumes.find((candidate) => candidate.group === group);
  if (!consumer) throw new Error(`The registry has no consumer group ${group} for the ${name} subgraph`);
  return consumer.streams as readonly SubgraphName[];
}

/**
 * The values of a map keyed by every subgraph, in the registry's order: a map that misses a
 * subgraph does not type-check, so a new entry is never left out silently.
 */
export function inRegistryOrder<T>(byName: Record<SubgraphName, T>): T[] {
  return subgraphNames.map((name) => byName[name]);
}
