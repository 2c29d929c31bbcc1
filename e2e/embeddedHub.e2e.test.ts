import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * The README's first command as a user runs it: `npm start` on an empty data folder, the joined
 * query through the gateway with a printed development token, Ctrl-C, and a second start that
 * keeps the data.
 */
const root = join(__dirname, "..");

interface RunningHub {
  process: ChildProcess;
  output: string;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  tokens: Record<string, string>;
}

function startNpm(dataDir: string): Promise<RunningHub> {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, SILTA_DATA_DIR: dataDir, PORT: "0", NODE_ENV: "development", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so Ctrl-C can be sent the way a terminal sends it: to the whole group.
    detached: true,
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub not ready in time:\n${output}`)), 170_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ctrl-C stops everything.")) return;
      clearTimeout(timer);
      const gatewayUrl = /Gateway\s+(http\S+)/.exec(output)?.[1] ?? "";
      const subgraphUrls = Object.fromEntries(
        [...output.matchAll(/^\s+(clients|teams|consents|fit|training|integration)\s+(http\S+)/gm)].map((m) => [m[1]!, m[2]!]),
      );
      const tokens = Object.fromEntries([...output.matchAll(/^\s+(\w+): .*\n\s+(ey[\w.-]+)$/gm)].map((m) => [m[1]!, m[2]!]));
      resolve({ process: child, output, gatewayUrl, subgraphUrls, tokens });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

/** Ctrl-C; resolves once every process of the group has exited, with what the hub printed meanwhile. */
function stop(hub: RunningHub): Promise<string> {
  let said = "";
  hub.process.stdout!.on("data", (chunk: Buffer) => (said += chunk.toString()));
  // What went wrong, if the stop fails, is said on stderr.
  hub.process.stderr!.on("data", (chunk: Buffer) => (said += chunk.toString()));
  return new Promise((resolve) => {
    hub.process.removeAllListeners("exit");
    // "close", not "exit": npm may exit before the hub has finished; the output pipe closes only
    // when every process of the group holding it has ended. (npm's exit status is npm's own.)
    hub.process.once("close", (code, signal) => resolve(`${said}\n[exit ${code ?? signal}]`));
    process.kill(-hub.process.pid!, "SIGINT");
  });
}

async function graphql(
  url: string,
  query: string,
  token?: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

const joinedQuery = `{
  team(id: "0c000000-0000-4000-8000-000000000001") {
    name
    members { role professional { lastName organization { name } fitTrainingLevel trainings { course { name } } } }
    clients(first: 20) { edges { node { id firstName consents { purpose isActive } latestOutcome { instrument total } latestSessionRating { instrument total } } } }
  }
}`;

const fitColumns =
  "episode_id,client_id,owner_professional_id,team_id,organization_id,service,episode_start,session_id,session_date,session_mode,professional_id,rater,outcome_instrument,outcome_total,rating_instrument,rating_total";
/** One ORS and SRS session of the demo social worker with `clientId` (docs/fit-import.md). */
const fitRow = (clientId: string, session: string) =>
  `e2e-episode-${clientId},${clientId},0b000000-0000-4000-8000-000000000001,0c000000-0000-4000-8000-000000000001,0a000000-0000-4000-8000-000000000001,family_counselling,2026-01-05,e2e-${session},2026-01-12,face_to_face,0b000000-0000-4000-8000-000000000001,client,ORS,25.5,SRS,38`;
const aino = "0d000000-0000-4000-8000-000000000001";

async function importFit(hub: RunningHub, content: string) {
  const response = await fetch(hub.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${hub.tokens["socialWorker"]}` },
    body: JSON.stringify({
      query: `mutation ($input: ImportFitSessionsInput!) { importFitSessions(input: $input) { committed rowsRead sessions { inserted unchanged } rejections { line rule } } }`,
      variables: { input: { format: "CSV", content, skipInvalid: true } },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await response.json()) as { data?: { importFitSessions: unknown }; errors?: unknown[] };
}

describe("the embedded hub started with npm start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "silta-e2e-"));
  let hub: RunningHub | undefined;

  afterAll(async () => {
    if (hub && hub.process.exitCode === null && hub.process.signalCode === null) await stop(hub);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts, seeds the demo county and prints the gateway, the six subgraphs and tokens for the demo users", async () => {
    hub = await startNpm(dataDir);
    expect(hub.output).toContain("demo county created");
    expect(hub.output).toContain(`Creating the embedded database in ${join(dataDir, "database")} (first start`);
    expect(hub.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(Object.keys(hub.subgraphUrls).sort()).toEqual(["clients", "consents", "fit", "integration", "teams", "training"]);
    expect(Object.keys(hub.tokens).sort()).toEqual(["client", "integration", "schoolCurator", "socialWorker", "unitManager"]);
  }, 180_000);

  it("answers one query that joins all five subgraphs for the county's social worker", async () => {
    const { status, body } = await graphql(hub!.gatewayUrl, joinedQuery, hub!.tokens["socialWorker"]);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { team } = body.data as {
      team: {
        members: { professional: { lastName: string; fitTrainingLevel: string | null; organization: { name: string } } }[];
        clients: {
          edges: {
            node: {
              firstName: string;
              consents: { isActive: boolean }[];
              latestOutcome: { instrument: string; total: number } | null;
            };
          }[];
        };
      };
    };
    const clients = team.clients.edges.map((edge) => edge.node);
    expect(team.members.find((member) => member.professional.lastName === "Laine")?.professional).toMatchObject({
      fitTrainingLevel: "TRAINER",
      organization: { name: "County family social services" },
    });
    expect(clients.map((client) => client.firstName).sort()).toEqual(["Aino", "Eetu"]);
    const aino = clients.find((client) => client.firstName === "Aino")!;
    expect(aino.consents).toEqual([{ purpose: "Multidisciplinary client team work with the school", isActive: true }]);
    expect(aino.latestOutcome).toEqual({ instrument: "ORS", total: 23.9 });
  });

  it("prints the IDE, whose page offers each demo user's token with one click, and / leads to it", async () => {
    const ideUrl = /IDE\s+(http\S+)/.exec(hub!.output)?.[1] ?? "";
    expect(ideUrl).toBe(new URL("/ide", hub!.gatewayUrl).href);
    const page = await (await fetch(ideUrl)).text();
    const settings = JSON.parse(/id="silta-ide-settings">([^<]*)</.exec(page)![1]!) as {
      tokens: { user: string; token: string }[];
    };
    expect(settings.tokens.map(({ user }) => user).sort()).toEqual(Object.keys(hub!.tokens).sort());
    const picked = settings.tokens.find(({ user }) => user === "socialWorker")!;
    expect((await graphql(hub!.gatewayUrl, "{ teams { name } }", picked.token)).body.errors).toBeUndefined();
    expect(await (await fetch(new URL("/", hub!.gatewayUrl))).text()).toContain('href="/ide"');
    // The web app: printed, linked from /, and served at the gateway's origin (npm start built it).
    const appUrl = /Web app\s+(http\S+)/.exec(hub!.output)?.[1] ?? "";
    expect(appUrl).toBe(new URL("/app/", hub!.gatewayUrl).href);
    expect(await (await fetch(new URL("/", hub!.gatewayUrl))).text()).toContain('href="/app/"');
    const app = await fetch(appUrl);
    expect(app.status).toBe(200);
    expect(app.headers.get("content-security-policy")).toContain("script-src 'self'");
    // No Apollo landing page anywhere (it loads Apollo Sandbox from Apollo's CDN, telemetry on).
    for (const url of [hub!.gatewayUrl, ...Object.values(hub!.subgraphUrls)]) {
      const page = await fetch(url, { headers: { accept: "text/html" }, redirect: "manual" });
      expect([url, await page.text()]).not.toEqual([url, expect.stringMatching(/apollographql|sandbox/i)]);
    }
  });

  it("answers the README's example operation for a client's team and plan as the social worker", async () => {
    const query = readFileSync(join(root, "docs", "examples", "clientTeamAndPlan.graphql"), "utf8");
    const response = await fetch(hub!.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hub!.tokens["socialWorker"]}` },
      body: JSON.stringify({ query, variables: { clientId: "0d000000-0000-4000-8000-000000000001" } }),
    });
    const body = (await response.json()) as {
      data?: { client: { firstName: string; teamMembers: unknown[]; servicePlan: { goals: string[] } | null } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.client.firstName).toBe("Aino");
    expect(body.data?.client.teamMembers.length).toBeGreaterThan(0);
  });

  it("imports FIT sessions through GraphQL, each client decided before the import's transaction takes the one database", async () => {
    // Aino is the social worker's client; the second id is nobody's, so it has no lawful basis.
    const body = await importFit(hub!, [fitColumns, fitRow(aino, "aino"), fitRow(randomUUID(), "stranger")].join("\n"));
    expect(body.errors).toBeUndefined();
    expect(body.data?.importFitSessions).toEqual({
      committed: true,
      rowsRead: 2,
      sessions: { inserted: 1, unchanged: 0 },
      rejections: [{ line: 3, rule: "forbidden" }],
    });
  }, 60_000);

  it("refuses the gateway without a token and a subgraph called directly without the signed viewer", async () => {
    expect((await graphql(hub!.gatewayUrl, "{ teams { id } }")).status).toBe(401);
    const direct = await graphql(hub!.subgraphUrls["teams"]!, "{ teams { id name } }");
    expect(direct.status).toBe(401);
    expect(direct.body.data ?? null).toBeNull();
  });

  it("stops cleanly on Ctrl-C and keeps the data for the next start", async () => {
    expect(await stop(hub!)).toContain("Silta stopped.");
    // A folder an older Silta left (a database per subgraph) is named, not read.
    mkdirSync(join(dataDir, "teams"));
    writeFileSync(join(dataDir, "teams", "PG_VERSION"), "17\n");
    // The FIT import command writes into the same database while the hub is stopped (docs/fit-import.md).
    const file = join(dataDir, "sessions.csv");
    writeFileSync(file, [fitColumns, fitRow(aino, "command")].join("\n"));
    const { DATABASE_URL: _url, ...env } = process.env;
    const { stdout } = await promisify(execFile)("npx", ["tsx", "subgraphs/fit/src/import/main.ts", file], {
      cwd: root,
      env: { ...env, SILTA_DATA_DIR: dataDir },
    });
    expect(JSON.parse(stdout)).toMatchObject({ committed: true, sessions: { inserted: 1 } });
    hub = await startNpm(dataDir);
    expect(hub.output).not.toContain("demo county created");
    expect(hub.output).toContain(`Opening the embedded database in ${join(dataDir, "database")}…`);
    expect(hub.output).toContain(`Not read any more: ${join(dataDir, "teams")}`);
    // The hub reads what the command wrote: the same session again changes nothing.
    const again = await importFit(hub, [fitColumns, fitRow(aino, "command")].join("\n"));
    expect(again.data?.importFitSessions).toMatchObject({ committed: true, sessions: { inserted: 0, unchanged: 1 } });
    const { body } = await graphql(
      hub.gatewayUrl,
      `
        {
          teams {
            name
          }
        }
      `,
      hub.tokens["socialWorker"],
    );
    expect((body.data as { teams: { name: string }[] }).teams.map((team) => team.name)).toEqual([
      "North area team",
      "Virtanen family client team",
    ]);
  }, 180_000);
});
