import { ConfigError, loadConfig } from "@silta/kernel";
import { toolConfigSchema } from "./migrate";

const url = "postgresql://silta@db:5432/silta";

/** What `npm run db:migrate` takes from its environment, and what it refuses before connecting. */
describe("db:migrate's configuration", () => {
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(toolConfigSchema, env);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };

  it("grants silta_app and silta_audit unless told other names", () => {
    const config = loadConfig(toolConfigSchema, { DATABASE_URL: url });
    expect([config.DATABASE_APP_ROLE, config.DATABASE_AUDIT_ROLE]).toEqual(["silta_app", "silta_audit"]);
  });

  it("refuses an audit role that is the services' role: its grants would take back everything the services need", () => {
    expect(problemsOf({ DATABASE_URL: url, DATABASE_AUDIT_ROLE: "silta_app" })).toEqual([
      expect.stringMatching(/^DATABASE_AUDIT_ROLE: must differ from DATABASE_APP_ROLE/),
    ]);
    expect(
      problemsOf({ DATABASE_URL: url, DATABASE_APP_ROLE: "hub", DATABASE_AUDIT_ROLE: "hub", DATABASE_AUDIT_PASSWORD: "x" }),
    ).toHaveLength(1);
  });

  it("requires the services' password in production, and not the audit's (the role then only cannot log in)", () => {
    expect(problemsOf({ NODE_ENV: "production", DATABASE_URL: url })).toEqual([
      expect.stringMatching(/^DATABASE_APP_PASSWORD: is required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: "production", DATABASE_URL: url, DATABASE_APP_PASSWORD: "p" })).toEqual([]);
  });
});
