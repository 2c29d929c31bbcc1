import { z } from "zod";
import { ConfigError, loadConfig } from "./loadConfig";
import { subgraphConfigSchema } from "../subgraph/subgraphConfig";

const secret = "x".repeat(32);

describe("loadConfig", () => {
  it("reports every wrong variable at once, each by name", () => {
    const schema = z.object({ PORT: z.coerce.number().int(), DATABASE_URL: z.string().url() });
    let error: unknown;
    try {
      loadConfig(schema, { PORT: "eighty", DATABASE_URL: "nope" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^PORT: .*\(is "eighty"\)/);
    expect(problems[1]).toMatch(/^DATABASE_URL: /);
  });

  it("never echoes the value of a secret", () => {
    expect(() => loadConfig(subgraphConfigSchema(4001), { VIEWER_SIGNING_SECRET: "short-but-secret" })).toThrow(
      /VIEWER_SIGNING_SECRET: must be at least 32 characters \(is set \(hidden\)\)/,
    );
  });

  it("refuses a metrics token under 16 characters, by name and without its value", () => {
    expect(() => loadConfig(subgraphConfigSchema(4001), { VIEWER_SIGNING_SECRET: secret, METRICS_TOKEN: "guessable" })).toThrow(
      /METRICS_TOKEN: must be at least 16 characters \(is set \(hidden\)\)/,
    );
    expect(
      loadConfig(subgraphConfigSchema(4001), { VIEWER_SIGNING_SECRET: secret, METRICS_TOKEN: "m".repeat(16) }).METRICS_TOKEN,
    ).toBe("m".repeat(16));
  });

  it("treats empty variables as unset, so defaults apply", () => {
    const config = loadConfig(subgraphConfigSchema(4001), { VIEWER_SIGNING_SECRET: secret, PORT: "", DATABASE_SCHEMA: "" });
    expect(config.PORT).toBe(4001);
    expect(config.DATABASE_SCHEMA).toBe("public");
  });

  it("refuses the embedded database and in-process events in production", () => {
    expect(() => loadConfig(subgraphConfigSchema(4001), { NODE_ENV: "production", VIEWER_SIGNING_SECRET: secret })).toThrow(
      /DATABASE_URL: is required in production[\s\S]*REDIS_URL: is required in production/,
    );
  });

  it("accepts a complete production configuration", () => {
    const config = loadConfig(subgraphConfigSchema(4001), {
      NODE_ENV: "production",
      VIEWER_SIGNING_SECRET: secret,
      DATABASE_URL: "postgresql://silta@db:5432/silta",
      DATABASE_SCHEMA: "clients",
      REDIS_URL: "redis://redis:6379",
      SILTA_CONTROLLER_ORGANIZATION_IDS: "a, b,",
    });
    expect(config.SILTA_CONTROLLER_ORGANIZATION_IDS).toEqual(["a", "b"]);
  });
});
