import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  defaultPortOf,
  GATEWAY_DEFAULT_PORT,
  migrationsDirOf,
  schemaFileOf,
  subgraphDir,
  subgraphNames,
  subgraphs,
  urlVariableOf,
} from "@silta/registry";
import { exportDatasets } from "../export/exportDatasets";
import { serviceCommand } from "../serviceCommands";

/**
 * The registry (registry/src/subgraphRegistry.ts) is the one list of the subgraphs: what is written
 * by hand elsewhere (folders, SDL files, docker-compose.yml, the Dockerfile) must agree with it.
 */
const root = join(__dirname, "..", "..");
const sorted = (names: Iterable<string>) => [...names].sort();

describe("the subgraph registry", () => {
  it("names every folder under subgraphs/, and only those", () => {
    const folders = readdirSync(join(root, "subgraphs"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(sorted(folders)).toEqual(sorted(subgraphNames));
  });

  it("names every SDL file of schema/ but the composed supergraph, and only those", () => {
    const sdl = readdirSync(join(root, "schema"))
      .filter((file) => file.endsWith(".graphql") && file !== "supergraph.graphql")
      .map((file) => file.replace(/\.graphql$/, ""));
    expect(sorted(sdl)).toEqual(sorted(subgraphNames));
  });

  it.each(subgraphNames)("finds the %s subgraph's package, SDL and migrations where it says", (name) => {
    const manifest = JSON.parse(readFileSync(join(subgraphDir(name), "package.json"), "utf8")) as { name: string };
    expect(manifest.name).toBe(`@silta/${name}`);
    expect(existsSync(join(subgraphDir(name), "src", "main.ts"))).toBe(true);
    expect(existsSync(schemaFileOf(name))).toBe(true);
    expect(readdirSync(migrationsDirOf(name)).some((entry) => /^\d{14}_/.test(entry))).toBe(true);
  });

  it("gives each subgraph its own port beside the gateway's", () => {
    const offsets = subgraphs.map((entry) => entry.portOffset);
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(offsets.every((offset) => offset > 0)).toBe(true);
  });

  it("reads only streams of subgraphs it knows, never its own", () => {
    for (const entry of subgraphs)
      for (const consumer of entry.consumes)
        for (const stream of consumer.streams) {
          expect(subgraphNames).toContain(stream);
          expect(stream).not.toBe(entry.name);
        }
  });

  it("exports data lake datasets exactly for the subgraphs it says do", () => {
    for (const entry of subgraphs)
      expect([entry.name, exportDatasets[entry.name].length > 0]).toEqual([entry.name, entry.exportsDatasets]);
  });
});

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, unknown>;
}

describe("docker-compose.yml against the registry", () => {
  const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"), { merge: true }) as {
    services: Record<string, ComposeService>;
    "x-subgraph-environment": Record<string, string>;
  };
  const platform = ["postgres", "redis", "migrate", "gateway", "dev-idp", "seed"];
  const common = Object.keys(compose["x-subgraph-environment"]);

  it("runs one service per subgraph of the registry, besides the platform's", () => {
    const services = Object.keys(compose.services).filter((service) => !platform.includes(service));
    expect(sorted(services)).toEqual(sorted(subgraphNames));
  });

  it.each(subgraphNames)("runs %s's bundle, on its port and database schema, with only its variables", (name) => {
    const service = compose.services[name]!;
    expect(service.command).toEqual(serviceCommand(name));
    expect(service.command).toContain(`dist/subgraphs/${name}.js`);
    expect(service.environment?.["PORT"]).toBe(defaultPortOf(name));
    expect(service.environment?.["DATABASE_SCHEMA"]).toBe(name);
    const own = Object.keys(service.environment ?? {}).filter(
      (variable) => !common.includes(variable) && variable !== "PORT" && variable !== "DATABASE_SCHEMA",
    );
    const declared: readonly string[] = subgraphs.find((entry) => entry.name === name)!.environment;
    expect(own.filter((variable) => !declared.includes(variable))).toEqual([]);
  });

  it("routes the gateway to every subgraph of the registry, and waits for each", () => {
    const gateway = compose.services["gateway"]!;
    const urls = Object.entries(gateway.environment ?? {}).filter(([variable]) => /^SUBGRAPH_\w+_URL$/.test(variable));
    expect(Object.fromEntries(urls)).toEqual(
      Object.fromEntries(subgraphNames.map((name) => [urlVariableOf(name), `http://${name}:${defaultPortOf(name)}/graphql`])),
    );
    expect(gateway.environment?.["PORT"]).toBe(GATEWAY_DEFAULT_PORT);
    expect(sorted(Object.keys(gateway.depends_on ?? {}))).toEqual(sorted(subgraphNames));
  });

  it("sends access decisions to the consents service at its port", () => {
    expect(compose["x-subgraph-environment"]["CONSENTS_ACCESS_URL"]).toBe(
      `http://consents:${defaultPortOf("consents")}/internal/access`,
    );
  });
});

describe("the Dockerfile against the registry", () => {
  const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");

  it("copies every workspace's manifest before npm ci (every subgraph's among them), and only those", () => {
    const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] };
    const folders = workspaces.flatMap((workspace) =>
      workspace === "subgraphs/*" ? subgraphNames.map((name) => `subgraphs/${name}`) : [workspace],
    );
    const copied = [...dockerfile.matchAll(/^COPY ([\w/-]+)\/package\.json \1\/$/gm)].map((match) => match[1]!);
    expect(sorted(copied)).toEqual(sorted(folders));
  });

  it("exposes the gateway's and every subgraph's port", () => {
    const exposed = /^EXPOSE (.+)$/m.exec(dockerfile)![1]!.split(/\s+/).map(Number);
    expect(exposed).toEqual(expect.arrayContaining([GATEWAY_DEFAULT_PORT, ...subgraphNames.map(defaultPortOf)]));
  });
});
