import { z } from "zod";
import { ConfigError, loadConfig } from "./loadConfig";
import { exportDestinationsField } from "./exportDestinations";

const schema = z.object({ SILTA_EXPORT_DESTINATION_KEYS: exportDestinationsField.optional() });
const key = (letter: string) => letter.repeat(32);

describe("SILTA_EXPORT_DESTINATION_KEYS", () => {
  it("reads name=key pairs", () => {
    const config = loadConfig(schema, { SILTA_EXPORT_DESTINATION_KEYS: `lake=${key("a")}, research=${key("b")}` });
    expect([...config.SILTA_EXPORT_DESTINATION_KEYS!]).toEqual([
      ["lake", key("a")],
      ["research", key("b")],
    ]);
  });

  it("reports a short key, a bad name and a repeated name at once, without echoing any key", () => {
    let error: unknown;
    try {
      loadConfig(schema, { SILTA_EXPORT_DESTINATION_KEYS: `lake=${key("a")},short=tiny,Bad Name=${key("c")},lake=${key("d")}` });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/the key of destination short must be at least 32 characters/);
    expect(message).toMatch(/destination "Bad Name" must be a lower-case name/);
    expect(message).toMatch(/destination lake is named twice/);
    expect(message).not.toContain("tiny");
    expect(message).not.toContain(key("a"));
  });

  it("is optional: without it no destination exists", () => {
    expect(loadConfig(schema, {}).SILTA_EXPORT_DESTINATION_KEYS).toBeUndefined();
  });
});
