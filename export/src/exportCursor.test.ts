import { decodeExportCursor, encodeExportCursor } from "./exportCursor";

describe("export cursors", () => {
  it("read back what an export wrote", () => {
    const cursor = encodeExportCursor({ dataset: "measurements", snapshot: "785:790:786,788" });
    expect(decodeExportCursor(cursor, "measurements")).toEqual({ dataset: "measurements", snapshot: "785:790:786,788" });
  });

  it("refuse a made-up cursor, naming the field since", () => {
    expect(() => decodeExportCursor("bogus", "measurements")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "since", rule: "cursor" }) }),
    );
    const injected = Buffer.from(JSON.stringify({ v: 1, d: "measurements", s: "1:2:'; DROP TABLE x" })).toString("base64url");
    expect(() => decodeExportCursor(injected, "measurements")).toThrow(/not one an export returned/);
  });

  it("refuse a cursor of another dataset", () => {
    const cursor = encodeExportCursor({ dataset: "clients", snapshot: "1:1:" });
    expect(() => decodeExportCursor(cursor, "measurements")).toThrow(/belongs to dataset clients/);
  });
});
