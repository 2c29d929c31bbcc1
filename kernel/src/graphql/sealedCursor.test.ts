import { cursorSeal, edgeWithSealedCursor } from "./sealedCursor";

const secret = new TextEncoder().encode("test-only-cursor-secret-0123456789abcdef");

describe("sealed cursors", () => {
  it("opens what it sealed for the same viewer and scope", () => {
    const seal = cursorSeal(secret, "viewer-1");
    expect(seal.open("after", "clients:x", seal.seal("clients:x", ["Virtanen", "Aino", "id-1"]), 3)).toEqual([
      "Virtanen",
      "Aino",
      "id-1",
    ]);
  });

  it("shows neither the key nor its length: random bytes in a length bucket", () => {
    const seal = cursorSeal(secret, "viewer-1");
    const short = seal.seal("s", ["Li", "Bo", "1"]);
    const long = seal.seal("s", ["Virtanen-Korhonen", "Aino-Maria", "1"]);
    expect(short.length).toBe(long.length);
    expect(seal.seal("s", ["Li", "Bo", "1"])).not.toBe(short);
    expect(Buffer.from(long, "base64url").toString("latin1")).not.toMatch(/Virtanen|Aino/);
  });

  it("refuses a cursor of another viewer, another scope, or an altered one, as a bad input at the field", () => {
    const cursor = cursorSeal(secret, "viewer-1").seal("s", ["a"]);
    const refusal = { extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after", rule: "cursor" }) };
    expect(() => cursorSeal(secret, "viewer-2").open("after", "s", cursor, 1)).toThrow(expect.objectContaining(refusal));
    expect(() => cursorSeal(secret, "viewer-1").open("after", "t", cursor, 1)).toThrow(expect.objectContaining(refusal));
    const altered = Buffer.from(cursor, "base64url");
    altered[14] = altered[14]! ^ 1;
    expect(() => cursorSeal(secret, "viewer-1").open("after", "s", altered.toString("base64url"), 1)).toThrow(
      expect.objectContaining(refusal),
    );
    expect(() => cursorSeal(secret, "viewer-1").open("after", "s", "not-a-cursor", 1)).toThrow(expect.objectContaining(refusal));
  });

  it("seals an edge's cursor only when it is read, and then once, so endCursor and the last edge's cursor agree", () => {
    const seal = cursorSeal(secret, "viewer-1");
    let sealed = 0;
    const edge = edgeWithSealedCursor({ id: "c1" }, () => ((sealed += 1), seal.seal("s", ["c1"])));
    expect(edge.node).toEqual({ id: "c1" });
    expect(sealed).toBe(0);
    const cursor = edge.cursor;
    expect(edge.cursor).toBe(cursor);
    expect(sealed).toBe(1);
    expect(seal.open("after", "s", cursor, 1)).toEqual(["c1"]);
  });
});
