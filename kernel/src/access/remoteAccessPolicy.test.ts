import http from "node:http";
import type { AddressInfo } from "node:net";
import { RequestDeadline, runWithDeadline } from "../db/requestDeadline";
import { DEADLINE_HEADER, deadlineForCall } from "../http/deadlineHeader";
import { viewerKey, type Viewer } from "../viewer";
import { ServiceMetrics } from "../metrics";
import { AccessDecisionStopped, remoteAccessPolicy } from "./remoteAccessPolicy";
import { DataCategory } from "./types";

const key = viewerKey("k".repeat(40));
const viewer: Viewer = { kind: "professional", id: "p1", organizationId: "o1", roles: [], scopes: [] } as unknown as Viewer;
const requests = [{ clientId: "c1", category: "basic", action: "read" }] as const;

/** A decision endpoint that records the deadline each call announced and answers after `delayMs`. */
async function endpoint(delayMs = 0) {
  const announced: (string | undefined)[] = [];
  let closedEarly = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    announced.push(request.headers[DEADLINE_HEADER] as string | undefined);
    response.once("close", () => {
      if (!response.writableFinished) closedEarly += 1;
    });
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) response.end(JSON.stringify({ decisions: [{ allowed: true, basis: "test" }] }));
    }, delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/access`;
  return {
    url,
    announced,
    closedEarly: () => closedEarly,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

async function until(condition: () => boolean, ms = 2_000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

describe("remoteAccessPolicy and the request's deadline", () => {
  const decide = (url: string, timeoutMs: number) =>
    remoteAccessPolicy({ url, key, timeoutMs }).decideAndLog!(viewer, [...requests], { requestId: "r1", source: "clients" });

  it("announces the request's remaining time less the answer's margin, never more than its own timeout", async () => {
    const server = await endpoint();
    try {
      await decide(server.url, 3_000);
      await runWithDeadline(new RequestDeadline(1_000), () => decide(server.url, 3_000));
      await runWithDeadline(new RequestDeadline(60_000), () => decide(server.url, 3_000));
      const [outside, short, long] = server.announced.map(Number);
      expect(outside).toBe(deadlineForCall(3_000));
      expect(short).toBeLessThanOrEqual(deadlineForCall(1_000));
      expect(short).toBeGreaterThan(deadlineForCall(1_000) - 400);
      expect(long).toBe(deadlineForCall(3_000));
    } finally {
      await server.close();
    }
  });

  it("aborts the call when the request is abandoned, and says the request stopped it", async () => {
    const server = await endpoint(5_000);
    try {
      const deadline = new RequestDeadline(60_000);
      const deciding = runWithDeadline(deadline, () => decide(server.url, 10_000));
      expect(await until(() => server.announced.length === 1)).toBe(true);
      deadline.abort("disconnected");
      await expect(deciding).rejects.toEqual(new AccessDecisionStopped("disconnected"));
      // The consents side sees its connection close, which cancels its statements.
      expect(await until(() => server.closedEarly() === 1)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("gives up on a call after its own timeout, closing the connection, as a failure and not a stop", async () => {
    const server = await endpoint(5_000);
    try {
      const started = performance.now();
      const failed = await decide(server.url, 150).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect((failed as { name?: string } | undefined)?.name).toBe("TimeoutError");
      expect(failed).not.toBeInstanceOf(AccessDecisionStopped);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(await until(() => server.closedEarly() === 1)).toBe(true);
      // Its time is spent: not tried again.
      expect(server.announced).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("asks nothing once the request's deadline has passed", async () => {
    const server = await endpoint();
    try {
      const deadline = new RequestDeadline(0);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await expect(runWithDeadline(deadline, () => decide(server.url, 3_000))).rejects.toBeInstanceOf(AccessDecisionStopped);
      expect(server.announced).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/**
 * A decision endpoint whose first calls fail as `failures` says (the socket closed under the call, as
 * by a replica that is stopping, or an answer of that status and body), then decides.
 */
async function failingEndpoint(failures: (number | "closed")[], failBody = "{}") {
  let calls = 0;
  const server = http.createServer((request, response) => {
    const failure = failures[calls];
    calls += 1;
    request.resume();
    request.on("end", () => {
      if (failure === "closed") request.socket.destroy();
      else if (failure !== undefined) response.writeHead(failure, { "content-type": "application/json" }).end(failBody);
      else response.end(JSON.stringify({ decisions: [{ allowed: true, basis: "test" }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/access`,
    calls: () => calls,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("remoteAccessPolicy and a passing failure", () => {
  const decide = (url: string) =>
    remoteAccessPolicy({ url, key, timeoutMs: 3_000 }).decideAndLog!(viewer, [...requests], {
      requestId: "r1",
      source: "clients",
    });

  it.each([
    ["its connection closed under it (a replica stopping)", "closed" as const],
    ["an answer of 502 from something on the way", 502],
    ["an answer of 503 from a replica going down", 503],
  ])("tries once more after %s, and decides", async (_, failure) => {
    const server = await failingEndpoint([failure]);
    try {
      await expect(decide(server.url)).resolves.toEqual([{ allowed: true, basis: "test" }]);
      expect(server.calls()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it("fails closed when the second attempt fails too, after exactly two", async () => {
    const server = await failingEndpoint(["closed", "closed", "closed"]);
    try {
      await expect(decide(server.url)).rejects.toThrow();
      expect(server.calls()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it.each([
    ["the consents service's deadline answer", 503, JSON.stringify({ error: "deadline" })],
    ["a refusal of the caller (401)", 401, "{}"],
    ["a malformed call (400)", 400, "{}"],
  ])("does not try again after %s", async (_, status, body) => {
    const server = await failingEndpoint([status], body);
    try {
      await expect(decide(server.url)).rejects.toThrow();
      expect(server.calls()).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe("remoteAccessPolicy's metrics (silta_access_decision_call_seconds)", () => {
  /** The histogram's count for one call kind and outcome, read from the registry as `/metrics` serves it. */
  async function counted(metrics: ServiceMetrics, call: string, outcome: string): Promise<number> {
    const text = await metrics.registry.metrics();
    const line = text
      .split("\n")
      .find((row) => row.startsWith(`silta_access_decision_call_seconds_count{call="${call}",outcome="${outcome}"}`));
    return line ? Number(line.split(" ").pop()) : 0;
  }

  it("counts each call by kind and outcome: answered, failed (its own timeout, a refusal) and stopped (the request's end)", async () => {
    const metrics = new ServiceMetrics({ defaultMetrics: false });
    const slow = await endpoint(5_000);
    const refusing = await failingEndpoint([403]);
    const answering = await endpoint();
    const showing = await failingEndpoint([200], JSON.stringify({ visible: [0] }));
    try {
      const policy = (url: string, timeoutMs = 3_000) => remoteAccessPolicy({ url, key, timeoutMs, metrics });
      const decide = (url: string, timeoutMs?: number) =>
        policy(url, timeoutMs).decideAndLog!(viewer, [...requests], { requestId: "r1", source: "clients" });
      await decide(answering.url);
      await decide(answering.url);
      await expect(decide(slow.url, 100)).rejects.toMatchObject({ name: "TimeoutError" });
      await expect(decide(refusing.url)).rejects.toThrow("HTTP 403");
      const deadline = new RequestDeadline(60_000);
      const abandoned = runWithDeadline(deadline, () => decide(slow.url, 10_000));
      expect(await until(() => slow.announced.length === 2)).toBe(true);
      deadline.abort("disconnected");
      await expect(abandoned).rejects.toBeInstanceOf(AccessDecisionStopped);
      // A list's window (`/visible`): the same histogram, its own kind; a malformed answer is a failure.
      const rows = [{ clientIds: ["c1"] }];
      await expect(
        policy(answering.url).visibleAmong!(viewer, DataCategory.Basic, rows, { requestId: "r2", source: "clients" }, 1),
      ).rejects.toThrow("malformed");

      await expect(
        policy(showing.url).visibleAmong!(viewer, DataCategory.Basic, rows, { requestId: "r3", source: "clients" }, 1),
      ).resolves.toEqual({
        visible: [0],
      });

      expect(await counted(metrics, "decide", "answered")).toBe(2);
      expect(await counted(metrics, "decide", "failed")).toBe(2);
      expect(await counted(metrics, "decide", "stopped")).toBe(1);
      expect(await counted(metrics, "visible", "failed")).toBe(1);
      expect(await counted(metrics, "visible", "answered")).toBe(1);
      // Nothing of the viewer, the client or the request is in a label.
      const text = await metrics.registry.metrics();
      for (const named of ["p1", "o1", "c1", "r1", "r2", "r3"]) expect(text).not.toContain(`"${named}"`);
    } finally {
      await Promise.all([slow.close(), refusing.close(), answering.close(), showing.close()]);
    }
  });

  it("times a call from its start to its answer", async () => {
    const metrics = new ServiceMetrics({ defaultMetrics: false });
    const server = await endpoint(120);
    try {
      await remoteAccessPolicy({ url: server.url, key, metrics }).decideAndLog!(viewer, [...requests], {
        requestId: "r1",
        source: "clients",
      });
      const text = await metrics.registry.metrics();
      const sum = Number(/silta_access_decision_call_seconds_sum\{call="decide",outcome="answered"\} (\S+)/.exec(text)?.[1]);
      expect(sum).toBeGreaterThanOrEqual(0.11);
      expect(sum).toBeLessThan(5);
    } finally {
      await server.close();
    }
  });
});
