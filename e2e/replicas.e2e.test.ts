import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import Redis from "ioredis";
import { Client } from "pg";
import { createDevTokenIssuer } from "@silta/gateway";
import { subgraphs } from "../scripts/subgraphs";
import { kinds, startServersCluster, type ServersCluster } from "./support/serversCluster";

/**
 * Two replicas of every subgraph and of the gateway, as a county's platform runs them, under mixed reads
 * and writes for at least 30 s, while one replica of every kind is stopped (SIGTERM, then started again,
 * as a rolling restart does) and later one is killed (SIGKILL, as a lost node does). Afterwards: nothing
 * failed but what the SIGKILL cut mid-flight, and those completed when retried with the same client-chosen
 * id or Idempotency-Key; every write is in the database once; every event is in its stream once and
 * acknowledged by every consumer group; the access log verifies.
 */
const run = promisify(execFile);
const root = join(__dirname, "..");
const LOAD_SECONDS = 30;
const WORKERS = 4;
const COUNTY = "0a000000-0000-4000-8000-0000000000c1";
const begun = Date.now();
/** Phases on stderr: on a loaded machine this test's slow part is worth seeing. */
const phase = (what: string) => process.stderr.write(`[replicas +${((Date.now() - begun) / 1000).toFixed(1)} s] ${what}\n`);

interface Attempt {
  startedAt: number;
  endedAt: number;
  ok: boolean;
  problem?: string;
}

interface Operation {
  kind: "create" | "update" | "read";
  clientId: string;
  attempts: Attempt[];
}

async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<{ ok: boolean; problem?: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    if (response.ok && !body.errors?.length && body.data) return { ok: true };
    return { ok: false, problem: `${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}` };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Retries with the same input (and key) until it succeeds, as an integrator's client does. */
async function perform(operation: Operation, send: () => Promise<{ ok: boolean; problem?: string }>): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const startedAt = Date.now();
    const result = await send();
    operation.attempts.push({ startedAt, endedAt: Date.now(), ...result });
    if (result.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
  }
}

const createClient = `mutation Create($input: CreateClientInput!) { createClient(input: $input) { client { id } created } }`;
const updateClient = `mutation Update($input: UpdateClientInput!) { updateClient(input: $input) { id lastName } }`;
const readClient = `query Read($id: ID!) { client(id: $id) { id firstName lastName teams { id } consents { id } bans { id } } }`;

/** A partner's webhook receiver: answers 200 and remembers every `webhook-id` it was sent, repeats included. */
async function startReceiver(): Promise<{ url: string; ids: string[]; server: Server }> {
  const ids: string[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      ids.push(String(request.headers["webhook-id"]));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, ids, server };
}

const subscribe = `mutation Subscribe($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { subscription { id } }
}`;

describe("two replicas of everything, one stopped and one killed under load", () => {
  let cluster: ServersCluster;
  let token: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    cluster = await startServersCluster({ replicas: 2 });
    phase("cluster ready");
    const issuer = await createDevTokenIssuer({ keyFile: join(cluster.dataDir, "dev-issuer-key.json") });
    token = await issuer.issue({
      sub: "replica-test-system",
      silta_kind: "system",
      scope: "clients:read clients:write webhooks:manage",
    });
    receiver = await startReceiver();
    const subscribed = await graphql(cluster.gatewayUrl, token, subscribe, {
      input: { url: receiver.url, eventTypes: ["client.created", "client.updated"] },
    });
    if (!subscribed.ok) throw new Error(`could not subscribe the receiver: ${subscribed.problem}`);
  }, 400_000);

  afterAll(async () => {
    receiver?.server.close();
    await cluster?.stop();
  }, 60_000);

  it("fails nothing a retry does not complete, writes and publishes everything once, and keeps the log verifiable", async () => {
    const operations: Operation[] = [];
    const created: string[] = [];
    const startedAt = Date.now();
    let loading = true;

    const worker = async (workerIndex: number) => {
      for (let step = 0; loading; step += 1) {
        const existing = created[Math.floor(Math.random() * created.length)];
        const kind = !existing || step % 3 === 0 ? "create" : step % 3 === 1 ? "update" : "read";
        const operation: Operation = { kind, clientId: kind === "create" ? randomUUID() : existing!, attempts: [] };
        operations.push(operation);
        if (kind === "create") {
          const input = {
            id: operation.clientId,
            temporaryIdentifier: `REPLICA-${operation.clientId}`,
            firstName: "Replica",
            lastName: `Worker${workerIndex}`,
            controllerOrganizationId: COUNTY,
          };
          await perform(operation, () => graphql(cluster.gatewayUrl, token, createClient, { input }));
          if (operation.attempts.at(-1)?.ok) created.push(operation.clientId);
        } else if (kind === "update") {
          const key = randomUUID();
          const input = { id: operation.clientId, lastName: `Updated${key.slice(0, 8)}` };
          await perform(operation, () => graphql(cluster.gatewayUrl, token, updateClient, { input }, key));
        } else {
          await perform(operation, () => graphql(cluster.gatewayUrl, token, readClient, { id: operation.clientId }));
        }
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));

    // A rolling restart, as a platform rolls a release: one kind after another, each kind's first
    // replica stopped as a pod is stopped (SIGTERM), started again, and ready before the next kind.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const sigtermAt = Date.now();
    phase(`load running (${operations.length} operations so far); rolling restart of every first replica`);
    for (const kind of kinds) {
      await cluster.signal(kind, 0, "SIGTERM");
      phase(`${kind}#0 exited after SIGTERM`);
      await cluster.restart(kind, 0);
      phase(`${kind}#0 ready again`);
    }
    const restartedAt = Date.now();
    phase("first replicas ready again");
    // A lost node: every kind's second replica killed outright, then replaced.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const sigkillAt = Date.now();
    phase("SIGKILL to every second replica");
    await Promise.all(kinds.map((kind) => cluster.signal(kind, 1, "SIGKILL")));
    await Promise.all(kinds.map((kind) => cluster.restart(kind, 1)));
    phase("second replicas ready again");
    const remaining = LOAD_SECONDS * 1000 - (Date.now() - startedAt);
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    loading = false;
    await load;
    phase(`load stopped: ${operations.length} operations`);

    const context = () =>
      `SIGTERM at +${sigtermAt - startedAt} ms, all back at +${restartedAt - startedAt} ms, SIGKILL at +${sigkillAt - startedAt} ms`;
    // 1. Every operation completed, and only requests in flight at the SIGKILL needed a retry.
    const unfinished = operations.filter((operation) => !operation.attempts.at(-1)?.ok);
    expect({
      unfinished: unfinished.map((o) => ({ ...o, attempts: o.attempts.map((a) => a.problem) })),
      context: context(),
    }).toEqual({
      unfinished: [],
      context: context(),
    });
    const failedAttempts = operations.flatMap((operation) =>
      operation.attempts.filter((attempt) => !attempt.ok).map((attempt) => ({ kind: operation.kind, ...attempt })),
    );
    const notCutBySigkill = failedAttempts.filter(
      (attempt) => !(attempt.startedAt <= sigkillAt + 1000 && attempt.endedAt >= sigkillAt),
    );
    expect({ notCutBySigkill, context: context() }).toEqual({ notCutBySigkill: [], context: context() });
    expect(operations.length).toBeGreaterThan(100);

    const database = new Client({ connectionString: cluster.databaseUrl });
    await database.connect();
    const redis = new Redis(cluster.redisUrl);
    try {
      // Relays and consumers settle: every outbox row published, every consumer group caught up.
      const settled = async () => {
        for (const { name } of subgraphs) {
          const { rows } = await database.query(
            `SELECT count(*)::int AS n FROM "${name}".outbox_event WHERE published_at IS NULL`,
          );
          if (rows[0].n > 0) return false;
          const stream = `silta:events:${name}`;
          if (!(await redis.exists(stream))) continue;
          const groups = (await redis.xinfo("GROUPS", stream)) as unknown[][];
          for (const group of groups) if (Number(group[group.indexOf("pending") + 1]) > 0) return false;
        }
        return true;
      };
      const deadline = Date.now() + 60_000;
      while (!(await settled()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await settled()).toBe(true);
      phase("relays and consumers settled");

      // 2. Every write once: each created client exists once, and produced one created event.
      const creates = operations.filter((operation) => operation.kind === "create");
      const { rows: clients } = await database.query(`SELECT id::text FROM clients.client WHERE id = ANY($1::uuid[])`, [
        creates.map((operation) => operation.clientId),
      ]);
      expect(clients).toHaveLength(creates.length);

      // 3. Every event in its stream once, and as many as the outbox holds.
      for (const { name } of subgraphs) {
        const entries = await redis.xrange(`silta:events:${name}`, "-", "+");
        const ids = entries.map(([, fields]) => (JSON.parse(fields[fields.indexOf("event") + 1]!) as { id: string }).id);
        const { rows } = await database.query(`SELECT count(*)::int AS n FROM "${name}".outbox_event`);
        expect({ stream: name, events: ids.length, distinct: new Set(ids).size }).toEqual({
          stream: name,
          events: rows[0].n,
          distinct: rows[0].n,
        });
      }
      const clientEvents = (await redis.xrange("silta:events:clients", "-", "+")).map(
        ([, fields]) => JSON.parse(fields[fields.indexOf("event") + 1]!) as { type: string; aggregateId: string },
      );
      const updates = operations.filter((operation) => operation.kind === "update");
      expect(clientEvents.filter((event) => event.type === "client.created")).toHaveLength(creates.length);
      // Each update, however often retried, changed the client once.
      expect(clientEvents.filter((event) => event.type === "client.updated")).toHaveLength(updates.length);
      // 4. Every webhook delivered once. Only the delivery in flight when its integration replica was
      // killed may come twice (the lease runs out, another replica sends it again), with the same
      // webhook-id, on which receivers de-duplicate; one subscription has one delivery in flight. A
      // replica stopped in the rolling restart lets its delivery in flight end first: none again.
      const events = creates.length + updates.length;
      const webhookDeadline = Date.now() + 90_000;
      while (new Set(receiver.ids).size < events && Date.now() < webhookDeadline)
        await new Promise((resolve) => setTimeout(resolve, 500));
      const distinct = new Set(receiver.ids).size;
      expect({ distinct, repeats: receiver.ids.length - distinct <= 1 }).toEqual({ distinct: events, repeats: true });
      phase(`webhooks: ${receiver.ids.length} deliveries, ${distinct} distinct, for ${events} events`);
    } finally {
      redis.disconnect();
      await database.end();
    }

    // 5. The access log, written by both consents replicas, verifies.
    const verified = await run(process.execPath, ["--import", "tsx", "subgraphs/consents/src/audit/main.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: cluster.databaseUrl, DATABASE_SCHEMA: "consents" },
    });
    expect(verified.stdout).toMatch(/^OK: access log .* intact, [1-9]\d* entries checked/);
  }, 400_000);
});
