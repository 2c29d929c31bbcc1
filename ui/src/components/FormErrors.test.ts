import { createI18n } from "../i18n/i18n";
import { OperationError } from "../graphql/executeOperation";
import { fieldMatches, serverFieldError } from "./FormErrors";

describe("a refused write's field errors", () => {
  it("belong to the form field the hub names, or one above it, without the `input.` prefix", () => {
    expect(fieldMatches("input.measurements.1.items.2", "measurements.1.items.2")).toBe(true);
    expect(fieldMatches("input.measurements.1.items.2", "measurements.1")).toBe(true);
    expect(fieldMatches("input.measurements.10", "measurements.1")).toBe(false);
    expect(fieldMatches("description", "description")).toBe(true);
  });

  it("read as the rule's text in the user's language", () => {
    const error = new OperationError([
      { message: "too long", extensions: { code: "BAD_USER_INPUT", field: "input.description", rule: "max_length" } },
    ]);
    expect(serverFieldError(error, "description", createI18n("sv").t)).toBe("Texten är för lång.");
    expect(serverFieldError(error, "service", createI18n("sv").t)).toBeUndefined();
    expect(serverFieldError(null, "description", createI18n("sv").t)).toBeUndefined();
  });
});
