import { identityCodeCipher, maskIdentityCode } from "./identityCodeCipher";

describe("identity codes at rest", () => {
  const cipher = identityCodeCipher("test-key-0123456789-0123456789-0123");

  it("decrypts what it encrypted, and never stores the code in clear", () => {
    const stored = cipher.encrypt("131052-308T");
    expect(stored).not.toContain("131052");
    expect(cipher.decrypt(stored)).toBe("131052-308T");
  });

  it("gives a different ciphertext each time, so equal codes cannot be matched by ciphertext", () => {
    expect(cipher.encrypt("131052-308T")).not.toBe(cipher.encrypt("131052-308T"));
  });

  it("refuses a ciphertext made with another key", () => {
    const other = identityCodeCipher("another-key-0123456789-0123456789");
    expect(() => other.decrypt(cipher.encrypt("131052-308T"))).toThrow();
  });

  it("masks the individual number and check character", () => {
    expect(maskIdentityCode("131052-308T")).toBe("131052-****");
    expect(maskIdentityCode("020516C903K")).toBe("020516C****");
  });
});
