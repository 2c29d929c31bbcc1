import { ActionKeys } from "./actionKeys";
import { executeOperation, OperationError } from "./executeOperation";
import { withheldAt } from "./fieldErrors";

const document = { toString: () => "query Probe($id: ID!) { client(id: $id) { id firstName } }" };
const answer = (status: number, body: unknown) =>
  jest.fn(
    async () =>
      ({
        ok: status < 400,
        status,
        json: async () => (body instanceof Error ? Promise.reject(body) : body),
      }) as unknown as Response,
  );

describe("executeOperation", () => {
  it("sends the operation with the bearer token and the stated purpose, and never cookies", async () => {
    const fetch = answer(200, { data: { client: { id: "c1", firstName: "Aino" } } });
    await executeOperation(document, { id: "c1" }, { token: "t0k3n", purpose: "caseload", fetch });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/graphql");
    expect(init.credentials).toBe("omit");
    expect(init.headers).toMatchObject({ authorization: "Bearer t0k3n", "x-silta-purpose": "caseload" });
    expect(JSON.parse(String(init.body))).toEqual({ query: document.toString(), variables: { id: "c1" } });
    expect(Object.keys(init.headers as object)).not.toContain("idempotency-key");
  });

  it("sends a mutation's Idempotency-Key when it has one", async () => {
    const revoke = { toString: () => "mutation RevokeConsent($id: ID!) { revokeConsent(id: $id) { id } }" };
    const fetch = answer(200, { data: { revokeConsent: { id: "k1" } } });
    await executeOperation(revoke, { id: "k1" }, { token: "t", idempotencyKey: "0b9f7c1e-6a52-4e0e-9d3e-5f1c2a7b8d90", fetch });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ "idempotency-key": "0b9f7c1e-6a52-4e0e-9d3e-5f1c2a7b8d90" });
  });

  it("returns partial data with the errors at their paths, so a refused field does not hide the rest", async () => {
    const forbidden = { message: "no", path: ["client", "firstName"], extensions: { code: "FORBIDDEN", reason: "no_consent" } };
    const fetch = answer(200, { data: { client: { id: "c1", firstName: null } }, errors: [forbidden] });
    await expect(executeOperation(document, { id: "c1" }, { token: "t", fetch })).resolves.toEqual({
      data: { client: { id: "c1", firstName: null } },
      errors: [forbidden],
    });
  });

  it("throws with the error's code when there is no data: refused, unreachable, or not JSON", async () => {
    const refused = answer(401, { errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] });
    await expect(executeOperation(document, { id: "c1" }, { token: "t", fetch: refused })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      status: 401,
    });
    const down = jest.fn(async () => Promise.reject(new TypeError("fetch failed"))) as unknown as typeof fetch;
    await expect(executeOperation(document, { id: "c1" }, { token: "t", fetch: down })).rejects.toMatchObject({
      code: "NETWORK_ERROR",
    });
    const proxyPage = answer(502, new SyntaxError("Unexpected token <"));
    const error = await executeOperation(document, { id: "c1" }, { token: "t", fetch: proxyPage }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OperationError);
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", status: 502 });
  });
});

describe("the errors at a field's path", () => {
  const errors = [
    { message: "no", path: ["client", "consents"], extensions: { code: "FORBIDDEN", reason: "ban" } },
    { message: "later", path: ["client", "fitSeries"], extensions: { code: "ACCESS_DECISION_UNAVAILABLE" } },
    { message: "bad", extensions: { code: "BAD_USER_INPUT", field: "input.measurements.0.items", rule: "range" } },
  ];

  it("withhold the field, and everything below a refused field, but nothing beside it", () => {
    expect(withheldAt(errors, ["client", "consents"])).toEqual({ code: "FORBIDDEN", reason: "ban" });
    expect(withheldAt(errors, ["client", "consents", 0, "purpose"])).toEqual({ code: "FORBIDDEN", reason: "ban" });
    expect(withheldAt(errors, ["client", "fitSeries"])).toEqual({ code: "ACCESS_DECISION_UNAVAILABLE" });
    expect(withheldAt(errors, ["client", "bans"])).toBeUndefined();
    expect(withheldAt(errors, ["client"])).toBeUndefined();
  });
});

describe("the key of a user action (Idempotency-Key or client-chosen id)", () => {
  it("is a fresh UUID for each action", () => {
    const keys = new ActionKeys();
    const first = keys.keyFor({ id: "k1" });
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    keys.succeeded();
    // The same variables after a success: a new action (revoking again is not a retry of the first).
    expect(keys.keyFor({ id: "k1" })).not.toBe(first);
  });

  it("is the same on a retry of the failed action, so the hub answers it from the first try", () => {
    let counter = 0;
    const keys = new ActionKeys(() => `key-${++counter}`);
    expect(keys.keyFor({ input: { id: "k1", note: "a" } })).toBe("key-1");
    expect(keys.keyFor({ input: { id: "k1", note: "a" } })).toBe("key-1");
    // Other variables: another action (the hub would refuse the old key with other input).
    expect(keys.keyFor({ input: { id: "k1", note: "b" } })).toBe("key-2");
    keys.succeeded();
    expect(keys.keyFor({ input: { id: "k1", note: "b" } })).toBe("key-3");
  });
});
