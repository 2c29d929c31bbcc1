import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { demoIds } from "@silta/hub/demo";

const root = join(__dirname, "..", "..", "..");

interface RunningHub {
  process: ChildProcess;
  gatewayUrl: string;
  tokens: Record<string, string>;
}

/** The hub as `npm start` runs it (PGlite needs a real Node process, not Jest's module runtime). */
function startEmbeddedHub(dataDir: string): Promise<RunningHub> {
  const child = spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "hub", "src", "main.ts")], {
    cwd: root,
    env: { ...process.env, SILTA_DATA_DIR: dataDir, PORT: "0", NODE_ENV: "development", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub not ready in time:\n${output}`)), 170_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ctrl-C stops everything.")) return;
      clearTimeout(timer);
      const gatewayUrl = /Gateway\s+(http\S+)/.exec(output)?.[1] ?? "";
      const tokens = Object.fromEntries([...output.matchAll(/^\s+(\w+): .*\n\s+(ey[\w.-]+)$/gm)].map((m) => [m[1]!, m[2]!]));
      resolve({ process: child, gatewayUrl, tokens });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`hub exited with ${code}:\n${output}`)));
  });
}

/**
 * The embedded hub (in memory) decides with the consents service for every subgraph from its first
 * start: the city's school curator sees the Virtanen clients' names through the clients subgraph only
 * because of their consents, not their consents themselves, and loses Aino's the moment she revokes.
 */
describe("access through the gateway of the embedded hub", () => {
  let hub: RunningHub | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "silta-consents-hub-"));
  const token = (user: string) => hub!.tokens[user]!;
  const graphql = async <Data>(query: string, variables: Record<string, unknown>, user: string) => {
    const response = await fetch(hub!.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token(user)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Data;
      errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    };
  };
  const teamQuery = `query ($id: ID!) { team(id: $id) { clients { edges { node { id firstName consents { purpose } } } } } }`;
  type TeamClient = { id: string; firstName: string | null; consents: { purpose: string }[] | null } | null;
  type TeamData = { team: { clients: { edges: { node: TeamClient }[] } } };
  const clientsOf = (data: TeamData | undefined) => data!.team.clients.edges.map((edge) => edge.node);

  beforeAll(async () => {
    hub = await startEmbeddedHub(dataDir);
  }, 180_000);

  afterAll(async () => {
    if (hub && hub.process.exitCode === null && hub.process.signalCode === null) {
      const exited = new Promise((resolve) => hub!.process.once("exit", resolve));
      hub.process.kill("SIGINT");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it("shows the school curator the names of the clients whose consent names the city, but not their consents", async () => {
    const { data, errors } = await graphql<TeamData>(teamQuery, { id: demoIds.teams.virtanenClientTeam }, "schoolCurator");
    const aino = clientsOf(data).find((client) => client?.id === demoIds.clients.aino);
    expect(aino?.firstName).toBe("Aino");
    expect(aino?.consents ?? null).toBeNull();
    expect(errors?.some((error) => error.extensions?.["code"] === "FORBIDDEN" && error.path?.includes("consents"))).toBe(true);
  });

  it("shows the social worker everything of her clients, and the unit manager no names", async () => {
    const worker = await graphql<TeamData>(teamQuery, { id: demoIds.teams.virtanenClientTeam }, "socialWorker");
    expect(worker.errors).toBeUndefined();
    expect(
      clientsOf(worker.data)
        .map((client) => client?.firstName)
        .sort(),
    ).toEqual(["Aino", "Eetu"]);
    const manager = await graphql<TeamData>(teamQuery, { id: demoIds.teams.virtanenClientTeam }, "unitManager");
    expect(clientsOf(manager.data)).toEqual([]);
  });

  it("takes Aino's name from the curator at once when she revokes her consent", async () => {
    const revoked = await graphql(
      `
        mutation {
          revokeConsent(id: "1a000000-0000-4000-8000-000000000001") {
            isActive
          }
        }
      `,
      {},
      "client",
    );
    expect(revoked.errors).toBeUndefined();
    const { data } = await graphql<TeamData>(teamQuery, { id: demoIds.teams.virtanenClientTeam }, "schoolCurator");
    expect(clientsOf(data).map((client) => client?.id)).toEqual([demoIds.clients.eetu]);
  });

  it("seals the access log in the embedded database, and verify says OK once the hub has stopped", async () => {
    const exited = new Promise((resolve) => hub!.process.once("exit", resolve));
    hub!.process.kill("SIGINT");
    await exited;
    const { SILTA_DATA_DIR: _ignored, DATABASE_URL: _url, ...env } = process.env;
    // A failed verify is shown with what it printed (its verdict is on standard output).
    const { stdout } = await promisify(execFile)("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts")], {
      cwd: root,
      env: { ...env, SILTA_DATA_DIR: dataDir },
    }).catch((error: { code?: number; stdout?: string; stderr?: string }) => ({
      stdout: `exit ${error.code}: ${error.stdout ?? ""}${error.stderr ?? ""}`,
    }));
    // The stop sealed what the requests logged: nothing waits unsealed.
    expect(stdout).toMatch(
      /^OK: access log of pglite .* intact, [1-9]\d* entries checked in [1-9]\d* seals; 0 entries not yet sealed/,
    );
  }, 60_000);
});
