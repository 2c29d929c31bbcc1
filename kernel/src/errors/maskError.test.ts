import { GraphQLError } from "graphql";
import { badUserInput } from "./SiltaError";
import { maskError } from "./maskError";

describe("maskError", () => {
  it("keeps Silta's own errors with their field and rule", () => {
    const error = badUserInput("input.identityCode", "check_character", "The identity code's check character does not match.");
    const formatted = maskError({ message: error.message, extensions: error.extensions }, error, { requestId: "r1" });
    expect(formatted).toEqual({
      message: error.message,
      extensions: { code: "BAD_USER_INPUT", field: "input.identityCode", rule: "check_character", requestId: "r1" },
    });
  });

  it("masks anything else, keeping only its path, and hands the original to the log", () => {
    const original = new Error('relation "client" does not exist at postgres://db:5432');
    const seen: unknown[] = [];
    const formatted = maskError(
      { message: original.message, path: ["client"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } },
      new GraphQLError(original.message, { originalError: original }),
      { requestId: "r2", onMasked: (error) => seen.push(error) },
    );
    expect(formatted).toEqual({
      message: expect.stringContaining("request id"),
      path: ["client"],
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "r2" },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/postgres|relation|stack/);
    expect(seen).toHaveLength(1);
  });

  it("keeps validation errors, which describe the caller's query and nothing internal", () => {
    const formatted = maskError(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      null,
      {},
    );
    expect(formatted.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(formatted.message).toMatch(/Cannot query field/);
  });
});
