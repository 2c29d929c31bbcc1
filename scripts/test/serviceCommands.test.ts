import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { subgraphNames } from "@silta/registry";
import { services } from "../build";
import { nodeFlagsOf, serviceCommand, type ServiceName } from "../serviceCommands";

/**
 * The image, docker-compose.yml and the Kubernetes manifests start each service with the command of
 * scripts/serviceCommands.ts, the one the servers-mode benchmarks run (scripts/bench/serversHub.ts;
 * the gateway benchmark, gateway/bench/run.ts, gives its gateways the same flags):
 * a flag or an entry point changed in one place only would have the benchmarks measure something
 * other than what ships.
 */
const root = join(__dirname, "..", "..");

interface ComposeFile {
  services: Record<string, { command?: string[] }>;
}

const composeServiceOf = (service: ServiceName) => (service === "devIdentityProvider" ? "dev-idp" : service);

describe("each service's command", () => {
  it("covers every subgraph of the registry, the gateway and the development identity provider", () => {
    expect([...services].sort()).toEqual([...subgraphNames, "gateway", "devIdentityProvider"].sort());
  });

  it("is the command of its docker-compose service", () => {
    const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8")) as ComposeFile;
    for (const service of services)
      expect([service, compose.services[composeServiceOf(service)]?.command]).toEqual([service, serviceCommand(service)]);
  });

  it("is the command of its Kubernetes Deployment's container", () => {
    const folder = join(root, "deploy", "kubernetes", "base");
    const containers = new Map<string, string[]>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".yaml"))) {
      for (const document of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const object = document.toJS() as any;
        if (object?.kind !== "Deployment") continue;
        for (const container of object.spec.template.spec.containers as { name: string; command: string[] }[])
          containers.set(container.name, container.command);
      }
    }
    // The development identity provider is compose's only; a cluster uses the county's own provider.
    for (const service of services.filter((name) => name !== "devIdentityProvider"))
      expect([service, containers.get(service)]).toEqual([service, serviceCommand(service)]);
  });

  it("gives the gateway benchmark's gateways the gateway's flags", () => {
    const run = readFileSync(join(root, "gateway", "bench", "run.ts"), "utf8");
    const flags = /^const GATEWAY_NODE_FLAGS = (\[.*\]);$/m.exec(run)?.[1];
    expect(flags && (JSON.parse(flags) as string[])).toEqual(nodeFlagsOf("gateway"));
  });

  it("is the image's default command for the gateway", () => {
    const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd && (JSON.parse(cmd) as string[])).toEqual(serviceCommand("gateway"));
  });
});
