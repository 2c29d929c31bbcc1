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
