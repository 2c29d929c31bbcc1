import { inputFingerprint, parseIdempotencyKey } from "./idempotencyKey";

describe("idempotency keys", () => {
  it("takes a UUID or any 8 to 255 visible ASCII characters, and no key as none", () => {
    expect(parseIdempotencyKey("7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11")).toBe("7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11");
    expect(parseIdempotencyKey("order:42:v1")).toBe("order:42:v1");
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey("")).toBeUndefined();
  });

  it.each([["short"], ["has space in it"], ["ä-is-not-ascii"], ["x".repeat(256)]])("refuses %j naming the header", (key) => {
    expect(() => parseIdempotencyKey(key)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "Idempotency-Key" }) }),
    );
  });

  it("fingerprints the same input alike however its keys are ordered, and another input otherwise", () => {
    const a = inputFingerprint({ input: { id: "1", firstName: "Aino", contact: { phone: "1", email: null } } });
    const b = inputFingerprint({ input: { contact: { email: null, phone: "1" }, firstName: "Aino", id: "1" } });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(inputFingerprint({ input: { id: "1", firstName: "Aino-Maria" } })).not.toBe(a);
    // A list's order is part of what was asked.
    expect(inputFingerprint({ ids: ["1", "2"] })).not.toBe(inputFingerprint({ ids: ["2", "1"] }));
  });
});
