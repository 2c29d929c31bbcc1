import { Writable } from "node:stream";
import { createLogger } from "./createLogger";
import { REDACTED, redactPersonalData } from "./redact";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger({ service: "test", destination }) };
}

describe("personal data redaction", () => {
  it.each(["131052-308T", "010594Y9032", "020516C903K", "131052a308t"])(
    "masks the identity code %s wherever it appears in a string",
    (code) => {
      expect(redactPersonalData({ note: `client ${code} called` })).toEqual({ note: `client ${REDACTED} called` });
    },
  );

  it("replaces fields that always hold personal data, at any depth", () => {
    expect(
      redactPersonalData({
        client: { id: "c1", firstName: "Aino", lastName: "Virtanen", address: { street: "x" } },
        headers: { authorization: "Bearer abc" },
      }),
    ).toEqual({
      client: { id: "c1", firstName: REDACTED, lastName: REDACTED, address: REDACTED },
      headers: { authorization: REDACTED },
    });
  });

  it("leaves ids, dates and counts alone", () => {
    const data = { id: "7d3c1c9e-0b7e-4d9a-9f0a-2b8f0d6f2c11", at: "2026-11-23T10:00:00Z", count: 3 };
    expect(redactPersonalData(data)).toEqual(data);
  });

  it("keeps identity codes and names out of what the logger writes, messages and errors included", () => {
    const { lines, log } = capture();
    log.info({ identityCode: "131052-308T", lastName: "Virtanen" }, "looked up 131052-308T");
    log.error({ err: new Error("duplicate key 010594Y9032") }, "failed");
    const written = JSON.stringify(lines);
    expect(written).not.toMatch(/131052-308T|010594Y9032|Virtanen/);
    expect(lines[0]).toMatchObject({ service: "test", level: "info", msg: `looked up ${REDACTED}` });
  });
});
