import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { professional, signedViewerHeaders, TEST_VIEWER_SECRET, testDatabaseUrl, testRedisUrl } from "@silta/testkit";
import { buildServices } from "../build";
import { compiledEntryOf, nodeFlagsOf } from "../serviceCommands";

/**
 * The services ship as bundles (docs/decisions/0018-compiled-services.md): this builds them as the
 * image does and starts the clients subgraph's bundle with the command the image runs, on its own
 * PostgreSQL schema. What a bundle could get wrong and tsx does not: the files read next to the
 * sources (the kernel's and the subgraph's migrations, the default deadline rules), the Prisma
 * client generated into the workspace with its wasm query compiler, and the registry packages
 * required from node_modules. Ready, and a query through Prisma answered, means they all work.
 */
const root = join(__dirname, "..", "..");
// Inside dist/ (git-ignored) but not dist/ itself, which a benchmark running beside this may be building.
const outDir = join(root, "dist", `test-${randomBytes(4).toString("hex")}`);
const schema = `t_compiled_${randomBytes(4).toString("hex")}`;
const metricsToken = randomBytes(16).toString("hex");

let service: ChildProcess | undefined;
let output = "";

async function startCompiledClients(): Promise<string> {
  const child = spawn(process.execPath, [...nodeFlagsOf("clients"), join(outDir, compiledEntryOf("clients"))], {
    cwd: root,
    env: {
      PATH: process.env["PATH"]!,
      NODE_ENV: "development",
      LOG_LEVEL: "info",
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: schema,
      REDIS_URL: testRedisUrl,
      VIEWER_SIGNING_SECRET: TEST_VIEWER_SECRET,
      IDENTITY_CODE_HASH_KEY: "compiled-service-test-identity-code-hash-key-0123456789",
      METRICS_TOKEN: metricsToken,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  service = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the compiled clients subgraph did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:[^"]+)"/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve(url.replace(/\/graphql$/, ""));
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the compiled clients subgraph exited with ${code}:\n${output}`));
    });
  });
}

describe("a service built by npm run build", () => {
  let base = "";

  beforeAll(async () => {
    await buildServices(outDir);
    base = await startCompiledClients();
  }, 90_000);

  afterAll(async () => {
    if (service && service.exitCode === null && service.signalCode === null) {
      const exited = new Promise((resolve) => service!.once("exit", resolve));
      service.kill("SIGTERM");
      await exited;
    }
    rmSync(outDir, { recursive: true, force: true });
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  }, 30_000);

  it("applies the kernel's migrations and its own, found beside the sources, to a fresh schema", () => {
    const applied = /"applied":(\[[^\]]*\])[^\n]*"migrations applied"/.exec(output)?.[1];
    const names = JSON.parse(applied ?? "[]") as string[];
    expect(names.length).toBeGreaterThan(1);
    expect(names.some((name) => /platform/.test(name))).toBe(true);
  });

  it("is ready once its database (migrated from the files beside the sources) and Redis answer", async () => {
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", checks: { database: "ok", redis: "ok" } });
  });

  it("answers a query through its generated Prisma client", async () => {
    const viewer = professional(randomUUID());
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await signedViewerHeaders(viewer, "clients")) },
      // A Prisma model query (findMany) on the fresh schema: none raised yet.
      body: JSON.stringify({ query: "{ myChildWelfareNotices { __typename } }" }),
    });
    expect(await response.json()).toEqual({ data: { myChildWelfareNotices: [] } });
  });

  it("serves its metrics at /metrics to the bearer of METRICS_TOKEN only: the process's and its access decision calls'", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("process_cpu_user_seconds_total");
    expect(text).toContain("# TYPE silta_access_decision_call_seconds histogram");
  });
});
