import type { IncomingMessage } from "node:http";
import { ErrorCode, unauthenticated, type Logger, type Viewer } from "@silta/kernel";
import type { RequestStats } from "../GatewayContext";
import { requestAuthentication } from "../auth/requestAuthentication";
import { requestContext, type RequestPipeline } from "./requestContext";

const log = { child: () => log, info: jest.fn(), error: jest.fn() } as unknown as Logger;
const viewer: Viewer = { id: "p1", kind: "professional", roles: [], scopes: [] };
const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

function pipeline(overrides: Partial<RequestPipeline> = {}): RequestPipeline & { steps: string[] } {
  const steps: string[] = [];
  return {
    steps,
    log,
    authenticate: () => (steps.push("authenticate"), Promise.resolve(viewer)),
    rateLimit: () => (steps.push("rateLimit"), Promise.resolve()),
    takeInFlightSlot: () => (steps.push("inFlight"), () => steps.push("released")),
    ...overrides,
  };
}

describe("requestContext", () => {
  it("authenticates, takes the rate limit, then the in-flight slot, whose release the front calls", async () => {
    const steps = pipeline();
    const stats: RequestStats = {};
    const context = await requestContext(steps)(request({ "idempotency-key": "key-000001" }), "r1", stats);
    expect(context).toMatchObject({ viewer, requestId: "r1", idempotencyKey: "key-000001" });
    stats.release?.();
    expect(steps.steps).toEqual(["authenticate", "rateLimit", "inFlight", "released"]);
  });

  it("mints a new decision scope for every request, 128 random bits", async () => {
    const build = requestContext(pipeline());
    const first = await build(request(), "same-request-id", {});
    const second = await build(request(), "same-request-id", {});
    expect(first.decisionScope).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second.decisionScope).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second.decisionScope).not.toBe(first.decisionScope);
  });

  it("refuses a malformed Idempotency-Key with 400 before authenticating", async () => {
    const steps = pipeline();
    const refused = await requestContext(steps)(request({ "idempotency-key": "short" }), "r1", {}).catch(
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ extensions: { code: ErrorCode.BadUserInput, http: { status: 400 }, requestId: "r1" } });
    expect(steps.steps).toEqual([]);
  });

  it("answers the caller's 401 as it is, and an identity provider out of reach as 503 without detail", async () => {
    const refusedToken = pipeline({
      authenticate: () => Promise.reject(unauthenticated("token_missing", "Send a bearer token.")),
    });
    await expect(requestContext(refusedToken)(request(), "r1", {})).rejects.toMatchObject({
      extensions: { code: ErrorCode.Unauthenticated, requestId: "r1" },
    });
    expect(refusedToken.steps).toEqual([]);
    const keysDown = pipeline({ authenticate: () => Promise.reject(new Error("JWKS fetch failed: ECONNREFUSED")) });
    const refused = (await requestContext(keysDown)(request(), "r2", {}).catch((error: unknown) => error)) as Error;
    expect(refused).toMatchObject({ extensions: { code: ErrorCode.Internal, requestId: "r2", http: { status: 503 } } });
    expect(refused.message).not.toMatch(/JWKS|ECONNREFUSED/);
  });

  it("takes no in-flight slot for a request its rate limit refused", async () => {
    const steps = pipeline({ rateLimit: () => Promise.reject(new Error("429")) });
    await expect(requestContext(steps)(request(), "r1", {})).rejects.toThrow("429");
    expect(steps.steps).toEqual(["authenticate"]);
  });
});

describe("requestAuthentication", () => {
  it("serves everyone as the standalone viewer when authentication is off", async () => {
    await expect(requestAuthentication({ authentication: "off" })(request())).resolves.toMatchObject({
      id: "standalone",
      kind: "system",
    });
  });

  it("asks the verifier for the bearer token when authentication is required", async () => {
    const verify = jest.fn().mockResolvedValue({ sub: "p1" });
    const authenticate = requestAuthentication({ authentication: "required", verifier: { verify } as never });
    await expect(authenticate(request())).rejects.toMatchObject({ extensions: { reason: "token_missing" } });
    expect(verify).not.toHaveBeenCalled();
  });
});
