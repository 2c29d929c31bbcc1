import { asCallError, errorSummaries, refusedInputOf, SubgraphCallError } from "./subgraphCallError";

describe("errorSummaries", () => {
  it("keeps only the codes and reasons of a GraphQL error body", () => {
    const body = JSON.stringify({
      errors: [
        { message: "secret detail", extensions: { code: "UNAUTHENTICATED", reason: "viewer_expired" } },
        { message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ],
    });
    expect(errorSummaries(body)).toBe(" (UNAUTHENTICATED/viewer_expired, INTERNAL_SERVER_ERROR)");
  });

  it("says nothing of a body that is not a GraphQL error list", () => {
    expect(errorSummaries("<html>")).toBe("");
    expect(errorSummaries(JSON.stringify({ errors: "no" }))).toBe("");
  });
});

describe("refusedInputOf", () => {
  it("takes the first BAD_USER_INPUT with its field and rule, and nothing else", () => {
    const body = JSON.stringify({
      errors: [
        { message: "other", extensions: { code: "FORBIDDEN" } },
        {
          message: "validFrom must be a date.",
          extensions: { code: "BAD_USER_INPUT", field: "input.validFrom", rule: "date", x: 1 },
        },
      ],
    });
    expect(refusedInputOf(body)).toEqual({ message: "validFrom must be a date.", field: "input.validFrom", rule: "date" });
  });

  it("finds none in a body without one", () => {
    expect(refusedInputOf("not json")).toBeUndefined();
    expect(refusedInputOf(JSON.stringify({ errors: [{ message: "m", extensions: { code: "FORBIDDEN" } }] }))).toBeUndefined();
  });
});

describe("asCallError", () => {
  it("reads anything else thrown as an unreachable subgraph, not to be retried", () => {
    const error = asCallError(new TypeError("boom"));
    expect(error).toMatchObject({ reason: "unreachable", retryable: false });
    const own = new SubgraphCallError("timeout", "late", false);
    expect(asCallError(own)).toBe(own);
  });
});
