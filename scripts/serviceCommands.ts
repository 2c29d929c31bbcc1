import type { SubgraphName } from "@silta/registry";

/**
 * How each long-running service process starts in servers mode: Node with the service's V8 flags and
 * its compiled entry point (`npm run build`, docs/decisions/0018-compiled-services.md). The image's
 * default command, docker-compose.yml, the Kubernetes manifests and the servers-mode benchmarks
 * (scripts/bench/serversHub.ts) all run these; scripts/test/serviceCommands.test.ts fails when one of
 * them runs something else, so a benchmark measures what ships.
 */
export type ServiceName = SubgraphName | "gateway" | "devIdentityProvider";

/** The source entry point of each service, from the repository root. */
export function sourceEntryOf(service: ServiceName): string {
  if (service === "gateway") return "gateway/src/main.ts";
  if (service === "devIdentityProvider") return "gateway/src/devIdentityProvider/main.ts";
  return `subgraphs/${service}/src/main.ts`;
}

/** Its compiled entry point, from the repository root (the image's working directory). */
export function compiledEntryOf(service: ServiceName): string {
  if (service === "gateway" || service === "devIdentityProvider") return `dist/${service}.js`;
  return `dist/subgraphs/${service}.js`;
}

/**
 * V8 flags of the service's process. A young generation of 32 MB semi-spaces (V8 sizes it from the
 * memory it sees: about 1 MB in a 512 Mi pod, 64 MB on a 24 GB machine) lets the many short-lived
 * objects of a request die young, in fewer scavenges: measured in
 * docs/decisions/0018-compiled-services.md, with its memory cost against the containers' limits.
 */
export function nodeFlagsOf(service: ServiceName): string[] {
  return service === "devIdentityProvider" ? [] : ["--max-semi-space-size=32"];
}

/** The whole command, as the container runs it (`node` from PATH, paths from the repository root). */
export function serviceCommand(service: ServiceName): string[] {
  return ["node", ...nodeFlagsOf(service), compiledEntryOf(service)];
}
